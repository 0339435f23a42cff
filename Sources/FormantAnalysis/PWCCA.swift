import FormantCore
import FormantNumerics

/// Projection-weighted CCA (Morcos, Raghu & Bengio 2018), as google/svcca's `pwcca.compute_pwcca`.
///
/// After cca_core's fit, the view with fewer kept features (the first on a tie) gives the canonical
/// directions hᵢ = Xc·uᵢ (cca_core's `coef_x·(acts − μ)`), orthonormalised by QR into Q; the weight of
/// correlation ρᵢ is αᵢ = Σₖ |⟨qᵢ, xₖ⟩| over that view's centred features xₖ, normalised to sum 1,
/// and PWCCA = Σ αᵢρᵢ.
///
/// Two deliberate differences from google/svcca's code, both documented in the fixture script:
/// it adds the neuron means back to hᵢ and projects uncentred activations, which makes its value
/// depend on LAPACK's arbitrary singular-vector signs; Formant centres (the paper's definition, sign
/// independent) and equals `compute_pwcca` on centred views. And its second branch indexes the first
/// view with the second view's mask (IndexError when the first view is wider); here views of
/// different widths work in either order: `pwcca(a, b)` equals `compute_pwcca(narrower, wider)`.
public enum PWCCA {
    /// PWCCA between two representations of the same frames (needs more frames than features).
    public static func compute(
        _ a: FrameMatrix, _ b: FrameMatrix, epsilon: Double = 0, context: OperationContext = .silent
    ) throws -> PWCCAResult {
        let measure = "pwcca"
        let fit = try CCAFit(a, b, epsilon: epsilon, measure: measure, context: context)
        guard !fit.u.storage.isEmpty else { return PWCCAResult(mean: 0, weights: [], correlations: fit.correlations) }
        let useFirst = fit.keptX.count <= fit.keptY.count
        let view = useFirst ? a : b
        let kept = useFirst ? fit.keptX : fit.keptY
        let vectors = useFirst ? fit.u : fit.v
        let centred = view.matrix.selectingColumns(kept).columnCentered
        let directions = centred * vectors
        let q: Matrix
        do { q = try LinearAlgebra.qr(directions).q } catch let error as LinearAlgebraError {
            throw AnalysisError.linearAlgebra(measure: measure, underlying: error)
        }
        let projections = q.multiplied(by: centred, transposingSelf: true)
        var weights = (0..<projections.rows).map { i in projections.row(i).reduce(0) { $0 + abs($1) } }
        let total = weights.reduce(0, +)
        weights = weights.map { $0 / total }
        let correlations = Array(fit.correlations.prefix(weights.count))
        // A weighted mean of correlations is at most 1; rounding in both factors can put it a few ulps above.
        let mean = Swift.min(1, zip(weights, correlations).reduce(0) { $0 + $1.0 * $1.1 })
        return PWCCAResult(mean: mean, weights: weights, correlations: correlations)
    }
}

/// The result of PWCCA: the weighted mean and its parts.
public struct PWCCAResult: Equatable, Sendable {
    /// The projection-weighted mean canonical correlation Σ αᵢρᵢ, in [0, 1].
    public let mean: Double
    /// The weights αᵢ (sum 1).
    public let weights: [Double]
    /// The canonical correlations ρᵢ the weights apply to.
    public let correlations: [Double]
}
