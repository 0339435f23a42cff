/// Why a factorisation or solve failed; `LinearAlgebraError+Message.swift` words each case.
public enum LinearAlgebraError: Error, Equatable {
    /// The input held NaN or infinity.
    case notFinite(routine: String)
    /// LAPACK rejected argument `position` (a programming error in the wrapper).
    case invalidArgument(routine: String, position: Int)
    /// LAPACK reported a numerical failure (`info` > 0): no convergence, a singular or non-definite matrix.
    case failed(routine: String, info: Int)
    /// The operands' shapes do not fit the operation.
    case shapeMismatch(routine: String, detail: String)
}
