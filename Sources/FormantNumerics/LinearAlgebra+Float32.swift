import COpenBLAS

extension LinearAlgebra {
    /// `C = A·Bᵀ` in single precision (`cblas_sgemm`) for row-major A (m×k) and B (n×k), C (m×n).
    ///
    /// The inner loop of exact nearest-neighbour search, where Float32 halves time and memory.
    public static func multiplyTransposed(
        _ a: UnsafePointer<Float>, rows m: Int, _ b: UnsafePointer<Float>, rows n: Int, columns k: Int,
        into c: UnsafeMutablePointer<Float>
    ) {
        guard m > 0, n > 0, k > 0 else { return }
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(m), Int32(n), Int32(k), 1, a, Int32(k), b, Int32(k), 0, c, Int32(n))
    }
}
