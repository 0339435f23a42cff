import FormantCore
import FormantNumerics

/// Linear centred kernel alignment (Kornblith, Norouzi, Lee & Hinton 2019), from feature Gram matrices.
///
/// CKA(X, Y) = ‖XcᵀYc‖²_F / (‖XcᵀXc‖_F · ‖YcᵀYc‖_F), which equals the n×n kernel form
/// HSIC(K, L)/√(HSIC(K, K)·HSIC(L, L)) with K = XcXcᵀ, L = YcYcᵀ but needs only d×d matrices, so
/// 100,000 frames fit. In [0, 1].
///
/// The debiased form replaces each HSIC by the unbiased estimator of Song et al. (2012)
/// (as Kornblith et al.'s `feature_space_linear_cka(debiased=True)`, after Nguyen et al. 2021):
/// HSIC₁(X, Y) ∝ ‖XcᵀYc‖²_F − n/(n−2)·Σᵢ‖xᵢ‖²‖yᵢ‖² + ‖Xc‖²_F‖Yc‖²_F/((n−1)(n−2)),
/// with xᵢ, yᵢ the centred rows. It is an inner product of unbiasedly centred Gram matrices, so by
/// Cauchy–Schwarz debiased CKA lies in [−1, 1] (values near 0 or below mean no more similarity than
/// chance). It needs n ≥ 4 frames; when a view's debiased self-similarity is not positive beyond
/// rounding (above 10⁻⁹ of the terms it is computed from: a view with no signal beyond chance, such as
/// one frame standing out from constant others) the result is 0, never NaN, even against the view itself.
public enum CKA {
    /// Linear CKA between two representations of the same frames.
    public static func compute(
        _ a: FrameMatrix, _ b: FrameMatrix, debiased: Bool = false, context: OperationContext = .silent
    ) throws -> Double {
        try validate([a, b], debiased: debiased)
        let m = try CenteredMoments(a, b, rowNorms: debiased, context: context)
        return value(
            cross: squaredNorm(m.xy), SelfTerms(gram: m.xx, rowNorms: m.xRowNorms), SelfTerms(gram: m.yy, rowNorms: m.yRowNorms),
            frames: m.frames, debiased: debiased)
    }

    /// CKA of every representation in `a` with every one in `b`, all of the same frames, row by row
    /// (`PairwiseComparison`): each representation's own terms are computed once, then each pair needs only its
    /// cross moment.
    static func pairwise(_ a: [FrameMatrix], _ b: [FrameMatrix]?, debiased: Bool, context: OperationContext = .silent) throws -> [Double] {
        try validate(a + (b ?? []), debiased: debiased)
        return try PairwiseComparison.values(a, b, symmetric: true, context: context, prepare: { frames in
            let centred = CentredFrames(frames)
            return (centred: centred, terms: SelfTerms(gram: try centred.gram(), rowNorms: debiased ? try centred.rowSquaredNorms() : []))
        }, compare: { left, right in
            let cross = try squaredNorm(left.centred.crossMoment(with: right.centred))
            return value(cross: cross, left.terms, right.terms, frames: left.centred.frames.frames, debiased: debiased)
        })
    }

    /// What CKA needs of one view besides its cross moments: ‖XcᵀXc‖²_F and, for the debiased form, the squared
    /// norms rᵢ of the centred rows and their sum.
    struct SelfTerms {
        let gramSquaredNorm: Double
        let rowNorms: [Double]
        let rowNormTotal: Double

        init(gram: Matrix, rowNorms: [Double]) {
            gramSquaredNorm = squaredNorm(gram)
            self.rowNorms = rowNorms
            rowNormTotal = rowNorms.reduce(0, +)
        }
    }

    /// CKA from ‖XcᵀYc‖²_F (`cross`) and each view's own terms.
    private static func value(cross xy: Double, _ x: SelfTerms, _ y: SelfTerms, frames: Int, debiased: Bool) -> Double {
        guard debiased else { return Swift.min(1, xy / (x.gramSquaredNorm * y.gramSquaredNorm).squareRoot()) }
        let n = Double(frames)
        /// The unbiased HSIC and the size of its terms (what it was computed from, for its rounding error).
        func unbiased(_ cross: Double, _ x: SelfTerms, _ y: SelfTerms) -> (value: Double, terms: Double) {
            let diagonal = n / (n - 2) * zip(x.rowNorms, y.rowNorms).reduce(0) { $0 + $1.0 * $1.1 }
            let total = x.rowNormTotal * y.rowNormTotal / ((n - 1) * (n - 2))
            return (cross - diagonal + total, abs(cross) + abs(diagonal) + abs(total))
        }
        let hxy = unbiased(xy, x, y).value, hxx = unbiased(x.gramSquaredNorm, x, x), hyy = unbiased(y.gramSquaredNorm, y, y)
        guard hxx.value > 1e-9 * hxx.terms, hyy.value > 1e-9 * hyy.terms else { return 0 }
        return Swift.min(1, Swift.max(-1, hxy / (hxx.value * hyy.value).squareRoot()))
    }

    /// Throws unless the inputs are valid frames of one count (at least four for the debiased form).
    private static func validate(_ inputs: [FrameMatrix], debiased: Bool) throws {
        try FrameMatrix.validate(
            inputs, for: "cka", atLeast: debiased ? 4 : 1, reason: "the unbiased HSIC estimator divides by n − 3")
    }

    private static func squaredNorm(_ m: Matrix) -> Double { m.storage.reduce(0) { $0 + $1 * $1 } }
}
