extension LinearAlgebraError: CustomStringConvertible {
    /// The message shown to the user.
    public var description: String {
        switch self {
        case .notFinite(let routine):
            return "\(routine): the matrix contains NaN or infinite values"
        case .invalidArgument(let routine, let position):
            return "\(routine): LAPACK rejected argument \(position) (internal error)"
        case .failed(let routine, let info):
            switch routine {
            case "cholesky", "solveSymmetricPositiveDefinite":
                return "\(routine): the matrix is not positive definite (leading minor \(info) is not positive)"
            case "solve":
                return "\(routine): the matrix is singular (U[\(info),\(info)] is exactly zero)"
            default:
                return "\(routine): the algorithm did not converge (LAPACK info \(info))"
            }
        case .shapeMismatch(let routine, let detail):
            return "\(routine): \(detail)"
        }
    }
}
