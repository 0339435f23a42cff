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
        let measure = "cka"
        try a.validate(for: measure)
        try b.validate(for: measure)
        try a.requireSameFrames(as: b, for: measure)
        if debiased, a.frames < 4 {
            throw AnalysisError.tooFewFrames(
                measure: measure, input: a.name, frames: a.frames, needed: 4, reason: "the unbiased HSIC estimator divides by n − 3")
        }
        let m = try CenteredMoments(a, b, rowNorms: debiased, context: context)
        let xy = squaredNorm(m.xy), xx = squaredNorm(m.xx), yy = squaredNorm(m.yy)
        guard debiased else { return Swift.min(1, xy / (xx * yy).squareRoot()) }
        let n = Double(m.frames)
        let sx = m.xRowNorms.reduce(0, +), sy = m.yRowNorms.reduce(0, +)
        /// The unbiased HSIC and the size of its terms (what it was computed from, for its rounding error).
        func unbiased(_ cross: Double, _ rx: [Double], _ ry: [Double], _ tx: Double, _ ty: Double) -> (value: Double, terms: Double) {
            let diagonal = n / (n - 2) * zip(rx, ry).reduce(0) { $0 + $1.0 * $1.1 }, total = tx * ty / ((n - 1) * (n - 2))
            return (cross - diagonal + total, abs(cross) + abs(diagonal) + abs(total))
        }
        let hxy = unbiased(xy, m.xRowNorms, m.yRowNorms, sx, sy).value
        let hxx = unbiased(xx, m.xRowNorms, m.xRowNorms, sx, sx)
        let hyy = unbiased(yy, m.yRowNorms, m.yRowNorms, sy, sy)
        guard hxx.value > 1e-9 * hxx.terms, hyy.value > 1e-9 * hyy.terms else { return 0 }
        return Swift.min(1, Swift.max(-1, hxy / (hxx.value * hyy.value).squareRoot()))
    }

    private static func squaredNorm(_ m: Matrix) -> Double { m.storage.reduce(0) { $0 + $1 * $1 } }
}
