import FormantCore

/// A similarity between two representations of the same frames, or between a representation and
/// frame labels (then the second view is the labels' one-hot matrix).
public enum RepresentationMeasure: Sendable, Equatable, CustomStringConvertible {
    /// SVCCA's mean canonical correlation, keeping directions by the rule.
    case svcca(SVCCAKeep)
    /// Projection-weighted CCA.
    case pwcca
    /// Linear CKA.
    case cka
    /// Debiased linear CKA.
    case debiasedCKA

    /// The similarity of `a` and `b`.
    public func compare(_ a: FrameMatrix, _ b: FrameMatrix, context: OperationContext = .silent) throws -> Double {
        switch self {
        case .svcca(let keep): return try SVCCA.compute(a, b, keep: keep, context: context).mean
        case .pwcca: return try PWCCA.compute(a, b, context: context).mean
        case .cka: return try CKA.compute(a, b, context: context)
        case .debiasedCKA: return try CKA.compute(a, b, debiased: true, context: context)
        }
    }

    /// The similarity of every representation in `a` with every one in `b` (or, with `b` nil, in `a`), row by
    /// row (`a[i]` against `b[j]` at `i·b.count + j`), two or more pairs at a time; for SVCCA and CKA each
    /// representation's own terms are computed once, not once per pair, and `a` against itself compares each
    /// pair once (both are symmetric).
    /// The notes are the display's (SVCCA's inflation by sample size).
    func pairwise(_ a: [FrameMatrix], _ b: [FrameMatrix]?, context: OperationContext = .silent) throws -> (values: [Double], notes: [String]) {
        switch self {
        case .svcca(let keep):
            let results = try SVCCA.pairwise(a, b, keep: keep, context: context)
            return (results.map(\.mean), SVCCAResult.inflationNotes(results))
        case .cka: return (try CKA.pairwise(a, b, debiased: false, context: context), [])
        case .debiasedCKA: return (try CKA.pairwise(a, b, debiased: true, context: context), [])
        case .pwcca:
            return (try PairwiseComparison.values(
                a, b, symmetric: false, context: context, prepare: { $0 }, compare: { try compare($0, $1) }), [])
        }
    }

    /// The similarity of `x` and the one-hot matrix of `labels`.
    public func compare<Label: Hashable>(_ x: FrameMatrix, labels: [Label], context: OperationContext = .silent) throws -> Double {
        if case .svcca(let keep) = self { return try SVCCA.compute(x, labels: labels, keep: keep, context: context).mean }
        return try compare(x, FrameMatrix.oneHot(labels, measure: description), context: context)
    }

    public var description: String {
        switch self {
        case .svcca(let keep): return "SVCCA (\(keep))"
        case .pwcca: return "PWCCA"
        case .cka: return "CKA"
        case .debiasedCKA: return "debiased CKA"
        }
    }
}
