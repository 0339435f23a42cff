/// Element and row access, and construction from rows.
extension Tensor {
    /// A matrix from equally long rows (an empty list gives a 0 × 0 matrix).
    public init(rows: [[Float]]) {
        let width = rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == width }, "rows of unequal length")
        self.init(shape: [rows.count, width], storage: rows.flatMap { $0 })
    }

    /// The number of rows of a matrix (the first dimension; 1 for a scalar).
    public var rowCount: Int { shape.first ?? 1 }

    /// The number of elements in one row (the product of all dimensions after the first).
    public var rowWidth: Int { shape.dropFirst().reduce(1, *) }

    /// Slice `index` along the first dimension, as a tensor of rank one less.
    public func row(_ index: Int) -> Tensor {
        precondition(rank >= 1 && index >= 0 && index < rowCount, "row \(index) out of range for shape \(shape)")
        let width = rowWidth
        return Tensor(shape: Array(shape.dropFirst()), storage: Array(storage[index * width..<(index + 1) * width]))
    }

    /// Rows `range` along the first dimension.
    public func rows(_ range: Range<Int>) -> Tensor {
        precondition(rank >= 1 && range.lowerBound >= 0 && range.upperBound <= rowCount, "rows \(range) out of range")
        let width = rowWidth
        var newShape = shape
        newShape[0] = range.count
        return Tensor(shape: newShape, storage: Array(storage[range.lowerBound * width..<range.upperBound * width]))
    }

    /// The element at a multi-dimensional index.
    public subscript(index: Int...) -> Float {
        get { storage[flatIndex(index)] }
        set { storage[flatIndex(index)] = newValue }
    }

    private func flatIndex(_ index: [Int]) -> Int {
        precondition(index.count == rank, "index \(index) does not match rank \(rank)")
        var flat = 0
        for (i, n) in zip(index, shape) {
            precondition(i >= 0 && i < n, "index \(index) out of range for shape \(shape)")
            flat = flat * n + i
        }
        return flat
    }

    /// The transpose of a matrix.
    public func transposed() -> Tensor {
        precondition(rank == 2, "transpose needs a matrix, got shape \(shape)")
        let (m, n) = (shape[0], shape[1])
        var out = [Float](repeating: 0, count: count)
        storage.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for i in 0..<m {
                    for j in 0..<n { dst[j * m + i] = src[i * n + j] }
                }
            }
        }
        return Tensor(shape: [n, m], storage: out)
    }
}
