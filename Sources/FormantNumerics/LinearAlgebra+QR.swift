import COpenBLAS

/// A thin QR factorisation `A = Q · R` of an m×n matrix with m ≥ n.
public struct QRDecomposition: Sendable {
    /// Orthonormal columns (m×n).
    public let q: Matrix
    /// Upper triangular (n×n).
    public let r: Matrix
}

extension LinearAlgebra {
    /// The thin QR factorisation of `a` by Householder reflections (LAPACK `dgeqrf` then `dorgqr`).
    public static func qr(_ a: Matrix) throws -> QRDecomposition {
        let m = a.rows, n = a.columns
        guard m >= n else {
            throw LinearAlgebraError.shapeMismatch(routine: "qr", detail: "thin QR needs rows ≥ columns, got \(m)×\(n)")
        }
        try requireFinite(a, "qr")
        var work = a
        var tau = [Double](repeating: 0, count: n)
        guard n > 0 else { return QRDecomposition(q: work, r: Matrix(rows: 0, columns: 0)) }
        try check(LAPACKE_dgeqrf(LAPACK_ROW_MAJOR, Int32(m), Int32(n), &work.storage, Int32(n), &tau), "qr")
        var r = Matrix(rows: n, columns: n)
        for i in 0..<n {
            for j in i..<n { r[i, j] = work[i, j] }
        }
        try check(
            LAPACKE_dorgqr(LAPACK_ROW_MAJOR, Int32(m), Int32(n), Int32(n), &work.storage, Int32(n), &tau),
            "qr")
        return QRDecomposition(q: work, r: r)
    }
}
