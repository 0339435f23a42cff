extension Matrix {
    /// The Float64 copy of a rank-2 `Tensor` (rows = frames, columns = features), or `nil` for another rank.
    public init?(_ tensor: Tensor) {
        guard tensor.rank == 2 else { return nil }
        self.init(rows: tensor.shape[0], columns: tensor.shape[1], storage: tensor.storage.map(Double.init))
    }

    /// The Float32 rank-2 `Tensor` with these elements (rounded to single precision).
    public var tensor: Tensor {
        Tensor(shape: [rows, columns], storage: storage.map(Float.init))
    }
}
