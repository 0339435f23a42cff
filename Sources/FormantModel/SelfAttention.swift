import FormantNumerics

/// Multi-head scaled dot-product self-attention (Vaswani et al. 2017):
/// `softmax(Q_h K_hᵀ/√d) V_h` for each head `h` of width `d = hidden/heads`, heads concatenated, then `out_proj`.
///
/// The checkpoint's `q_proj`, `k_proj` and `v_proj` (keys under `<prefix>.attention`) are stacked into one
/// `[3·hidden, hidden]` projection so that all three come from a single GEMM; heads are then read in place
/// with a row stride of `3·hidden`, without copies.
public struct SelfAttention: Sendable {
    /// `q_proj`, `k_proj` and `v_proj` stacked: weight `[3·hidden, hidden]`, bias `[3·hidden]`.
    public var inputProjection: Linear
    /// `out_proj`.
    public var outputProjection: Linear
    /// The number of heads.
    public let heads: Int

    init(_ store: ParameterStore, _ prefix: String, width: Int, heads: Int) throws {
        let parts = try ["q_proj", "k_proj", "v_proj"].map { try Linear(store, "\(prefix).\($0)", input: width, output: width) }
        inputProjection = Linear(
            weight: Tensor(shape: [3 * width, width], storage: parts.flatMap(\.weight.storage)),
            bias: Tensor(shape: [3 * width], storage: parts.flatMap { $0.bias?.storage ?? [] }))
        outputProjection = try Linear(store, "\(prefix).out_proj", input: width, output: width)
        self.heads = heads
    }

    /// Attends over all frames of `[frames, hidden]` states.
    public func forward(_ x: Tensor) -> Tensor {
        let (frames, width) = (x.shape[0], x.shape[1])
        let size = width / heads
        let scale = 1 / Float(size).squareRoot()
        let qkv = inputProjection.forward(x)
        var context = Tensor.unfilledStorage(frames * width)
        var scores = Tensor.unfilledStorage(frames * frames)
        qkv.storage.withUnsafeBufferPointer { qkv in
            scores.withUnsafeMutableBufferPointer { scores in
                context.withUnsafeMutableBufferPointer { context in
                    let (q, p, c) = (qkv.baseAddress!, scores.baseAddress!, context.baseAddress!)
                    for h in 0..<heads {
                        BLAS.gemm(transposeB: true, m: frames, n: frames, k: size, alpha: scale,
                                  a: q + h * size, lda: 3 * width, b: q + width + h * size, ldb: 3 * width,
                                  c: p, ldc: frames)
                        Tensor.softmaxRows(p, rows: frames, columns: frames, stride: frames)
                        BLAS.gemm(m: frames, n: size, k: frames, a: p, lda: frames,
                                  b: q + 2 * width + h * size, ldb: 3 * width, c: c + h * size, ldc: width)
                    }
                }
            }
        }
        return outputProjection.forward(Tensor(shape: [frames, width], storage: context))
    }
}
