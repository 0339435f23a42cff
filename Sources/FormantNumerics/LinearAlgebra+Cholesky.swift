import COpenBLAS

extension LinearAlgebra {
    /// The lower-triangular Cholesky factor `L` with `A = L·Lᵀ` of a symmetric positive definite matrix (`dpotrf`).
    public static func cholesky(_ a: Matrix) throws -> Matrix {
        try requireSquare(a, "cholesky")
        try requireFinite(a, "cholesky")
        var l = a
        if a.rows > 0 {
            try check(LAPACKE_dpotrf(LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "L")), Int32(a.rows), &l.storage, Int32(a.rows)), "cholesky")
        }
        for i in 0..<a.rows {
            for j in (i + 1)..<max(a.rows, i + 1) { l[i, j] = 0 }
        }
        return l
    }

    /// The solution `X` of `A·X = B` for a symmetric positive definite `A` (Cholesky, `dpotrf` + `dpotrs`).
    public static func solveSymmetricPositiveDefinite(_ a: Matrix, _ b: Matrix) throws -> Matrix {
        try requireSquare(a, "solveSymmetricPositiveDefinite")
        try requireRows(a, b, "solveSymmetricPositiveDefinite")
        try requireFinite(a, "solveSymmetricPositiveDefinite")
        try requireFinite(b, "solveSymmetricPositiveDefinite")
        var factor = a
        var x = b
        guard a.rows > 0, b.columns > 0 else { return x }
        let n = Int32(a.rows), uplo = Int8(UInt8(ascii: "L"))
        try check(LAPACKE_dpotrf(LAPACK_ROW_MAJOR, uplo, n, &factor.storage, n), "solveSymmetricPositiveDefinite")
        try check(
            LAPACKE_dpotrs(LAPACK_ROW_MAJOR, uplo, n, Int32(b.columns), factor.storage, n, &x.storage, Int32(b.columns)),
            "solveSymmetricPositiveDefinite")
        return x
    }

    /// The solution `X` of `A·X = B` for a general square `A` (LU with partial pivoting, `dgesv`).
    public static func solve(_ a: Matrix, _ b: Matrix) throws -> Matrix {
        try requireSquare(a, "solve")
        try requireRows(a, b, "solve")
        try requireFinite(a, "solve")
        try requireFinite(b, "solve")
        var lu = a
        var x = b
        guard a.rows > 0, b.columns > 0 else { return x }
        var pivots = [Int32](repeating: 0, count: a.rows)
        try check(
            LAPACKE_dgesv(LAPACK_ROW_MAJOR, Int32(a.rows), Int32(b.columns), &lu.storage, Int32(a.rows),
                          &pivots, &x.storage, Int32(b.columns)), "solve")
        return x
    }

    private static func requireSquare(_ a: Matrix, _ routine: String) throws {
        guard a.rows == a.columns else {
            throw LinearAlgebraError.shapeMismatch(routine: routine, detail: "matrix is \(a.rows)×\(a.columns), not square")
        }
    }

    private static func requireRows(_ a: Matrix, _ b: Matrix, _ routine: String) throws {
        guard a.rows == b.rows else {
            throw LinearAlgebraError.shapeMismatch(
                routine: routine, detail: "left side has \(a.rows) rows, right side \(b.rows)")
        }
    }
}
