import FormantCore
import FormantNumerics

/// Singular Vector Canonical Correlation Analysis (Raghu, Gilmer, Yosinski & Sohl-Dickstein 2017).
///
/// Each view is centred and reduced to its leading SVD directions (`keep`, default 99 % of
/// variance); CCA between the reduced views gives canonical correlations ρ₁ ≥ ρ₂ ≥ … and the
/// SVCCA similarity is their mean. This matches google/svcca's recipe (tutorial 001: SVD of the
/// centred activations, `svacts = s[:k]·V[:k]`, then `cca_core.get_cca_similarity(…, epsilon=0)`
/// and `np.mean(cca_coef1)`): with reduced views Uₓ·diag(sₓ), Uᵧ·diag(sᵧ) the correlations are the
/// singular values of `UₓᵀUᵧ = diag(1/sₓ)·Vₓᵀ(XcᵀYc)Vᵧ·diag(1/sᵧ)`, computed here from d×d moments.
public enum SVCCA {
    /// SVCCA between two representations of the same frames. The two views (Gram matrix and SVD each) are
    /// prepared side by side, one per core, where one at a time left a core waiting in LAPACK's serial phases.
    public static func compute(
        _ a: FrameMatrix, _ b: FrameMatrix, keep: SVCCAKeep = .variance(0.99), keepB: SVCCAKeep? = nil,
        context: OperationContext = .silent
    ) throws -> SVCCAResult {
        let measure = "svcca"
        try keep.validate(measure: measure)
        try keepB?.validate(measure: measure)
        try FrameMatrix.validate([a, b], for: measure, atLeast: 2, reason: varianceReason)
        let inputs = [(a, keep), (b, keepB ?? keep)]
        let views = try Threading.concurrentMap(2, completed: { try context.step("views", completed: $0, total: 2) }) {
            try View(inputs[$0].0, keep: inputs[$0].1, context: context.quiet)
        }
        return try compare(views[0], views[1], context: context)
    }

    /// SVCCA means of every representation in `a` with every one in `b`, all of the same frames, row by row
    /// (`PairwiseComparison`): each representation's Gram matrix and SVD are computed once, then each pair needs
    /// only its cross moment.
    static func pairwise(_ a: [FrameMatrix], _ b: [FrameMatrix]?, keep: SVCCAKeep, context: OperationContext = .silent) throws -> [SVCCAResult] {
        let measure = "svcca"
        try keep.validate(measure: measure)
        try FrameMatrix.validate(a + (b ?? []), for: measure, atLeast: 2, reason: varianceReason)
        return try PairwiseComparison.values(
            a, b, symmetric: true, context: context, prepare: { try View($0, keep: keep) }, compare: { try compare($0, $1) })
    }

    /// One representation prepared for SVCCA: its centred frames and principal basis (the SVD step).
    struct View {
        let centred: CentredFrames
        let basis: PrincipalBasis

        init(_ frames: FrameMatrix, keep: SVCCAKeep, context: OperationContext = .silent) throws {
            centred = CentredFrames(frames)
            basis = try PrincipalBasis(gram: centred.gram(context: context), keep: keep, measure: "svcca")
        }
    }

    /// SVCCA between two prepared views of the same frames: their cross moment taken in the two bases.
    private static func compare(_ a: View, _ b: View, context: OperationContext = .silent) throws -> SVCCAResult {
        let reduced = try a.centred.reducedCrossMoment(with: b.centred, a.basis.directions, b.basis.directions, context: context)
        let correlations = try canonicalCorrelations(reduced: reduced, a.basis, b.basis, measure: "svcca")
        return SVCCAResult(correlations: correlations, keptA: a.basis.count, keptB: b.basis.count, frames: a.centred.frames.frames)
    }

    /// Why SVCCA needs two frames.
    private static let varianceReason = "a variance needs two frames"

    /// SVCCA of a representation against frame labels: the second view is the one-hot matrix of
    /// the labels, reduced to all its nonzero-variance directions (C − 1 for C classes).
    public static func compute<Label: Hashable>(
        _ x: FrameMatrix, labels: [Label], keep: SVCCAKeep = .variance(0.99), context: OperationContext = .silent
    ) throws -> SVCCAResult {
        let measure = "svcca"
        let oneHot = try OneHot(labels, measure: measure, name: "labels")
        try keep.validate(measure: measure)
        try x.validate(for: measure)
        guard labels.count == x.frames else {
            throw AnalysisError.frameCountMismatch(
                measure: measure, first: x.name, firstFrames: x.frames, second: "labels", secondFrames: labels.count)
        }
        let moments = try ClassMoments(x, tasks: [oneHot], context: context)
        let basis = try PrincipalBasis(gram: moments.gram, keep: keep, measure: measure)
        return try againstLabels(moments.tasks[0], frames: moments.frames, basis: basis, measure: measure)
    }

    /// SVCCA of the frames whose principal `basis` is given against one task's class moments.
    static func againstLabels(_ task: ClassMoments.Task, frames: Int, basis: PrincipalBasis, measure: String) throws -> SVCCAResult {
        let labelBasis = try PrincipalBasis(gram: task.labelGram, keep: .all, measure: measure)
        let correlations = try canonicalCorrelations(task.cross, basis, labelBasis, measure: measure)
        return SVCCAResult(correlations: correlations, keptA: basis.count, keptB: labelBasis.count, frames: frames)
    }

    /// The singular values of `diag(1/sₐ)·Vₐᵀ·cross·V_b·diag(1/s_b)`, clamped to [0, 1].
    static func canonicalCorrelations(_ cross: Matrix, _ a: PrincipalBasis, _ b: PrincipalBasis, measure: String) throws -> [Double] {
        try canonicalCorrelations(
            reduced: a.directions.multiplied(by: cross.multiplied(by: b.directions), transposingSelf: true), a, b, measure: measure)
    }

    /// The singular values of `diag(1/sₐ)·reduced·diag(1/s_b)`, where `reduced` = Vₐᵀ·XcᵀYc·V_b is the cross
    /// moment in the two bases, clamped to [0, 1].
    static func canonicalCorrelations(reduced: Matrix, _ a: PrincipalBasis, _ b: PrincipalBasis, measure: String) throws -> [Double] {
        let whitened = reduced.scalingRows(by: a.singularValues.map { 1 / $0 }).scalingColumns(by: b.singularValues.map { 1 / $0 })
        do {
            return try LinearAlgebra.singularValues(whitened).map { Swift.min(1, Swift.max(0, $0)) }
        } catch let error as LinearAlgebraError {
            throw AnalysisError.linearAlgebra(measure: measure, underlying: error)
        }
    }
}

/// The result of SVCCA: the canonical correlations and their mean.
public struct SVCCAResult: Equatable, Sendable {
    /// Canonical correlations between the reduced views, largest first (min(kₐ, k_b) of them).
    public let correlations: [Double]
    /// Directions kept from the first view.
    public let keptA: Int
    /// Directions kept from the second view.
    public let keptB: Int
    /// Frames compared.
    public let frames: Int

    /// The SVCCA similarity: the mean canonical correlation, in [0, 1].
    public var mean: Double { correlations.isEmpty ? 0 : correlations.reduce(0, +) / Double(correlations.count) }

    /// Whether the directions kept are many for the frames (kₐ + k_b above a tenth of them). Sample canonical
    /// correlations grow with directions per frame even for unrelated data (two independent 50 × 64 noise
    /// matrices score about 0.9, as with google/svcca's recipe), so such a mean is inflated and not comparable
    /// with one from more frames; the display says so.
    public var isInflatedBySampleSize: Bool { 10 * (keptA + keptB) > frames }

    /// Why this mean is inflated, for a display's notes.
    var inflation: String {
        "\(keptA) + \(keptB) directions kept from \(frames) frames: correlations grow with directions per frame "
            + "even for unrelated data, so this mean is inflated (use more frames, or keep fewer directions)"
    }

    /// The note of a table of SVCCA means when some of `results` are inflated, explained on the first of them.
    static func inflationNotes(_ results: [SVCCAResult]) -> [String] {
        let inflated = results.filter(\.isInflatedBySampleSize)
        guard let first = inflated.first else { return [] }
        return ["\(inflated.count) of these \(results.count) SVCCA means keep many directions for their frames; e.g. \(first.inflation)"]
    }
}
