import COpenBLAS

/// Dense factorisations and solves on `Matrix`, through LAPACKE (row-major layout).
///
/// Each routine checks its input for NaN/infinity first (LAPACK would loop or return garbage)
/// and turns LAPACK's `info` codes into `LinearAlgebraError`s naming the routine.
public enum LinearAlgebra {
    /// Throws `LinearAlgebraError.notFinite` when `matrix` holds NaN or infinity.
    static func requireFinite(_ matrix: Matrix, _ routine: String) throws {
        guard matrix.isFinite else { throw LinearAlgebraError.notFinite(routine: routine) }
    }

    /// Throws for a nonzero LAPACK `info`: negative is a programming error, positive a numerical failure.
    static func check(_ info: Int32, _ routine: String) throws {
        if info < 0 { throw LinearAlgebraError.invalidArgument(routine: routine, position: Int(-info)) }
        if info > 0 { throw LinearAlgebraError.failed(routine: routine, info: Int(info)) }
    }
}
