import COpenBLAS

/// A thin singular value decomposition `A = U · diag(s) · Vᵀ`, singular values in decreasing order.
public struct SingularValueDecomposition: Sendable {
    /// The left singular vectors as columns (m×k, k = min(m, n)).
    public let u: Matrix
    /// The singular values, largest first (k of them).
    public let singularValues: [Double]
    /// The right singular vectors as rows (k×n).
    public let vt: Matrix
}

extension LinearAlgebra {
    /// The thin SVD of `a` by divide and conquer (LAPACK `dgesdd`).
    public static func svd(_ a: Matrix) throws -> SingularValueDecomposition {
        try requireFinite(a, "svd")
        let m = a.rows, n = a.columns, k = min(m, n)
        var work = a.storage
        var s = [Double](repeating: 0, count: k)
        var u = Matrix(rows: m, columns: k)
        var vt = Matrix(rows: k, columns: n)
        guard k > 0 else { return SingularValueDecomposition(u: u, singularValues: s, vt: vt) }
        let info = LAPACKE_dgesdd(
            LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "S")), Int32(m), Int32(n), &work, Int32(n), &s,
            &u.storage, Int32(k), &vt.storage, Int32(n))
        try check(info, "svd")
        return SingularValueDecomposition(u: u, singularValues: s, vt: vt)
    }

    /// The singular values of `a` only, largest first (cheaper than the full SVD).
    public static func singularValues(_ a: Matrix) throws -> [Double] {
        try requireFinite(a, "singularValues")
        let m = a.rows, n = a.columns, k = min(m, n)
        guard k > 0 else { return [] }
        var work = a.storage
        var s = [Double](repeating: 0, count: k)
        var unusedU = [Double](repeating: 0, count: 1)
        var unusedVT = [Double](repeating: 0, count: 1)
        let info = LAPACKE_dgesdd(
            LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "N")), Int32(m), Int32(n), &work, Int32(n), &s,
            &unusedU, Int32(max(m, 1)), &unusedVT, Int32(max(n, 1)))
        try check(info, "singularValues")
        return s
    }
}
