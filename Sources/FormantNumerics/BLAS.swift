import COpenBLAS

/// Thin, typed entry points to OpenBLAS's routines on raw row-major buffers.
///
/// Every large product in Formant goes through `gemm`, so one place decides how OpenBLAS is called.
/// Pointers and leading dimensions let callers multiply strided views (attention heads, convolution
/// windows) without copying.
public enum BLAS {
    /// `C ← α·op(A)·op(B) + β·C` for row-major matrices (`cblas_sgemm`).
    ///
    /// `op(A)` is `m × k`, `op(B)` is `k × n`, `C` is `m × n`; `lda`, `ldb`, `ldc` are the row strides
    /// of the stored matrices (before transposition).
    public static func gemm(
        transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int, alpha: Float = 1,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        precondition(m >= 0 && n >= 0 && k >= 0, "negative GEMM dimension")
        guard m > 0, n > 0 else { return }
        cblas_sgemm(
            CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// The dot product of `count` floats at `x` and `y` (`cblas_sdot`, OpenBLAS's kernel for this CPU).
    @inline(__always)
    public static func dot(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, count: Int) -> Float {
        cblas_sdot(Int32(count), x, 1, y, 1)
    }

    /// `y ← α·op(A)·x + β·y` for a row-major `m × n` matrix of doubles (`cblas_dgemv`): `op(A)·x` holds the
    /// dot products of A's rows with x, `op(Aᵀ)·x` the combination of its rows weighted by x.
    public static func gemv(
        transpose: Bool = false, m: Int, n: Int, alpha: Double = 1, a: UnsafePointer<Double>,
        x: UnsafePointer<Double>, beta: Double = 0, y: UnsafeMutablePointer<Double>
    ) {
        precondition(m >= 0 && n >= 0, "negative GEMV dimension")
        guard m > 0, n > 0 else { return }
        cblas_dgemv(CblasRowMajor, transpose ? CblasTrans : CblasNoTrans, Int32(m), Int32(n), alpha, a, Int32(n), x, 1, beta, y, 1)
    }
}
