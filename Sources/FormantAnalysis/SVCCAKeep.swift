/// How many SVD directions SVCCA keeps from a view before CCA (Raghu et al. 2017, step 1).
public enum SVCCAKeep: Equatable, Sendable, CustomStringConvertible {
    /// The fewest leading directions whose explained variance Σᵢ<ₖ sᵢ² / Σ sᵢ² reaches the fraction (0 < f ≤ 1).
    case variance(Double)
    /// A fixed number of leading directions (at most the view's rank).
    case count(Int)
    /// Every direction with nonzero variance (the view's numerical rank).
    case all

    /// The number of directions kept from `variances` (decreasing squared singular values of rank r).
    func directions(_ variances: [Double]) -> Int {
        switch self {
        case .all: return variances.count
        case .count(let k): return Swift.min(k, variances.count)
        case .variance(let fraction):
            let total = variances.reduce(0, +)
            var cumulative = 0.0
            for (index, variance) in variances.enumerated() {
                cumulative += variance
                if cumulative / total >= fraction - 1e-12 { return index + 1 }
            }
            return variances.count
        }
    }

    /// Throws unless the rule is usable.
    func validate(measure: String) throws {
        switch self {
        case .variance(let f) where !(f > 0 && f <= 1):
            throw AnalysisError.invalidParameter(measure: measure, name: "keep", value: "\(f)", expected: "a variance fraction in (0, 1] or a direction count ≥ 1")
        case .count(let k) where k < 1:
            throw AnalysisError.invalidParameter(measure: measure, name: "keep", value: "\(k)", expected: "a direction count ≥ 1 or a variance fraction in (0, 1]")
        default: return
        }
    }

    public var description: String {
        switch self {
        case .variance(let f): return "\(f) of variance"
        case .count(let k): return "\(k) directions"
        case .all: return "all directions"
        }
    }
}
