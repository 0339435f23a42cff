/// Matrix products through one OpenBLAS GEMM each.
extension Tensor {
    /// The affine map of every row: `y = x·Wᵀ + b`, with `W` stored `[out, in]` as PyTorch's `nn.Linear` stores it.
    ///
    /// `self` is `[rows, in]`; the result is `[rows, out]`. The bias is written first and the product
    /// accumulated onto it (β = 1), so there is no extra pass.
    public func linear(weight: Tensor, bias: Tensor?) -> Tensor {
        precondition(rank == 2 && weight.rank == 2 && weight.shape[1] == shape[1],
                     "linear: input \(shape) does not match weight \(weight.shape)")
        let (m, k, n) = (shape[0], shape[1], weight.shape[0])
        var out = [Float](repeating: 0, count: m * n)
        if let bias {
            precondition(bias.count == n, "linear: bias of \(bias.count) for \(n) outputs")
            out.withUnsafeMutableBufferPointer { dst in
                bias.storage.withUnsafeBufferPointer { b in
                    for i in 0..<m { (dst.baseAddress! + i * n).update(from: b.baseAddress!, count: n) }
                }
            }
        }
        storage.withUnsafeBufferPointer { x in
            weight.storage.withUnsafeBufferPointer { w in
                out.withUnsafeMutableBufferPointer { y in
                    BLAS.gemm(transposeB: true, m: m, n: n, k: k, a: x.baseAddress!, lda: k,
                              b: w.baseAddress!, ldb: k, beta: bias == nil ? 0 : 1, c: y.baseAddress!, ldc: n)
                }
            }
        }
        return Tensor(shape: [m, n], storage: out)
    }

    /// The matrix product `self · other` (`[m, k] · [k, n]`).
    public func matmul(_ other: Tensor) -> Tensor {
        precondition(rank == 2 && other.rank == 2 && shape[1] == other.shape[0],
                     "matmul: shapes \(shape) and \(other.shape) do not chain")
        let (m, k, n) = (shape[0], shape[1], other.shape[1])
        var out = [Float](repeating: 0, count: m * n)
        storage.withUnsafeBufferPointer { a in
            other.storage.withUnsafeBufferPointer { b in
                out.withUnsafeMutableBufferPointer { c in
                    BLAS.gemm(m: m, n: n, k: k, a: a.baseAddress!, lda: k, b: b.baseAddress!, ldb: n,
                              c: c.baseAddress!, ldc: n)
                }
            }
        }
        return Tensor(shape: [m, n], storage: out)
    }
}
