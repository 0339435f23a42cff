import COpenBLAS

/// The eigendecomposition `A = V · diag(λ) · Vᵀ` of a symmetric matrix, eigenvalues in decreasing order.
public struct SymmetricEigendecomposition: Sendable {
    /// The eigenvalues, largest first.
    public let values: [Double]
    /// The orthonormal eigenvectors as columns, in the order of `values`.
    public let vectors: Matrix
}

extension LinearAlgebra {
    /// All eigenvalues and eigenvectors of the symmetric matrix `a` (LAPACK `dsyevd`, upper triangle read).
    public static func symmetricEigen(_ a: Matrix) throws -> SymmetricEigendecomposition {
        guard a.rows == a.columns else {
            throw LinearAlgebraError.shapeMismatch(routine: "symmetricEigen", detail: "matrix is \(a.rows)×\(a.columns), not square")
        }
        try requireFinite(a, "symmetricEigen")
        let n = a.rows
        var vectors = a
        var values = [Double](repeating: 0, count: n)
        if n > 0 {
            let info = LAPACKE_dsyevd(
                LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "V")), Int8(UInt8(ascii: "U")), Int32(n), &vectors.storage,
                Int32(n), &values)
            try check(info, "symmetricEigen")
        }
        let order = Array((0..<n).reversed())
        return SymmetricEigendecomposition(values: order.map { values[$0] }, vectors: vectors.selectingColumns(order))
    }

    /// Eigenvalues and eigenvectors of the symmetric tridiagonal matrix with `diagonal` and
    /// `offDiagonal` (LAPACK `dstev`), largest first; the Ritz step of Lanczos iterations.
    public static func tridiagonalEigen(diagonal: [Double], offDiagonal: [Double]) throws -> SymmetricEigendecomposition {
        let n = diagonal.count
        guard offDiagonal.count == max(n - 1, 0) else {
            throw LinearAlgebraError.shapeMismatch(
                routine: "tridiagonalEigen", detail: "\(n) diagonal elements need \(max(n - 1, 0)) off-diagonal ones")
        }
        var d = diagonal
        var e = offDiagonal + [0]
        var z = Matrix(rows: n, columns: n)
        if n > 0 {
            let info = LAPACKE_dstev(LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "V")), Int32(n), &d, &e, &z.storage, Int32(n))
            try check(info, "tridiagonalEigen")
        }
        let order = Array((0..<n).reversed())
        return SymmetricEigendecomposition(values: order.map { d[$0] }, vectors: z.selectingColumns(order))
    }
}
