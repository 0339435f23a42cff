import FormantCore
import FormantNumerics

/// Canonical correlation analysis exactly as google/svcca's `cca_core.get_cca_similarity` computes it.
///
/// With Σ the sample covariances of the two views: Σₓₓ, Σᵧᵧ, Σₓᵧ are rescaled by
/// xmax = max|Σₓₓ|, ymax = max|Σᵧᵧ| (Σₓᵧ by √(xmax·ymax)); features whose rescaled variance is
/// below ε are removed; ε·I is added; Σₓₓ^(−½) is the square root of the pseudo-inverse (eigenvalues
/// below 10⁻¹⁵ of the largest count as zero, as `numpy.linalg.pinv`); the canonical correlations are
/// the singular values of Σₓₓ^(−½)·Σₓᵧ·Σᵧᵧ^(−½). `mean` is cca_core's thresholded mean: the mean of
/// the first i correlations, i the first index where Σⱼ<ᵢ ρⱼ / Σ ρ ≥ threshold.
///
/// Plain CCA needs more frames than features (the covariances must be invertible); with fewer,
/// it throws, saying how many frames are needed and how to reduce each view to fewer features (PCA scores).
public enum CCA {
    /// CCA between two representations of the same frames (cca_core semantics, see the type's doc).
    public static func compute(
        _ a: FrameMatrix, _ b: FrameMatrix, epsilon: Double = 0, threshold: Double = 0.98,
        context: OperationContext = .silent
    ) throws -> CCAResult {
        let fit = try CCAFit(a, b, epsilon: epsilon, measure: "cca", context: context)
        guard (0...1).contains(threshold) else {
            throw AnalysisError.invalidParameter(measure: "cca", name: "threshold", value: "\(threshold)", expected: "in [0, 1]")
        }
        return CCAResult(correlations: fit.correlations, threshold: threshold, keptA: fit.keptX.count, keptB: fit.keptY.count)
    }
}

/// The result of CCA: canonical correlations and cca_core's summary statistics.
public struct CCAResult: Equatable, Sendable {
    /// Canonical correlations, largest first.
    public let correlations: [Double]
    /// The threshold of the thresholded mean.
    public let threshold: Double
    /// Features of the first view kept after removing those with variance below ε.
    public let keptA: Int
    /// Features of the second view kept likewise.
    public let keptB: Int

    /// cca_core's `mean`: the mean of the leading correlations holding `threshold` of their sum.
    public var mean: Double {
        let total = correlations.reduce(0, +)
        guard total > 0 else { return 0 }
        var sum = 0.0
        for (i, value) in correlations.enumerated() {
            if sum / total >= threshold { return i == 0 ? 0 : sum / Double(i) }
            sum += value
        }
        return sum / Double(correlations.count)
    }

    /// The plain mean of all canonical correlations (`np.mean(cca_coef1)`).
    public var meanOfAll: Double { correlations.isEmpty ? 0 : correlations.reduce(0, +) / Double(correlations.count) }
}

/// The quantities of one cca_core fit that CCA and PWCCA read.
struct CCAFit {
    /// Canonical correlations, largest first (all zero when a view has no feature left).
    let correlations: [Double]
    /// Left singular vectors of Σₓₓ^(−½)Σₓᵧ Σᵧᵧ^(−½) as columns (cca_core's `coef_x` transposed).
    let u: Matrix
    /// Right singular vectors as columns (cca_core's `coef_y` transposed).
    let v: Matrix
    /// Indices of the first view's features kept by the ε cut.
    let keptX: [Int]
    /// Indices of the second view's features kept by the ε cut.
    let keptY: [Int]

    init(_ a: FrameMatrix, _ b: FrameMatrix, epsilon: Double, measure: String, context: OperationContext) throws {
        try a.validate(for: measure)
        try b.validate(for: measure)
        try a.requireSameFrames(as: b, for: measure)
        guard epsilon >= 0 else {
            throw AnalysisError.invalidParameter(measure: measure, name: "epsilon", value: "\(epsilon)", expected: "≥ 0")
        }
        let widest = Swift.max(a.features, b.features)
        guard a.frames > widest else {
            let input = a.features >= b.features ? a.name : b.name
            let reduce = a.frames > 1 ? "; or first reduce each view to k ≤ \(a.frames - 1) features with `pca(x, k).scores`" : ""
            throw AnalysisError.tooFewFrames(
                measure: measure, input: input, frames: a.frames, needed: widest + 1,
                reason: "CCA needs more frames than features (\(widest))\(reduce)")
        }
        let moments = try CenteredMoments(a, b, context: context)
        let scale = 1 / Double(a.frames - 1)
        let sxx = scale * moments.xx, syy = scale * moments.yy, sxy = scale * moments.xy
        let xmax = sxx.storage.map(abs).max() ?? 1, ymax = syy.storage.map(abs).max() ?? 1
        keptX = (0..<sxx.rows).filter { abs(sxx[$0, $0]) / xmax >= epsilon }
        keptY = (0..<syy.rows).filter { abs(syy[$0, $0]) / ymax >= epsilon }
        guard !keptX.isEmpty, !keptY.isEmpty else {
            correlations = [0]
            u = Matrix(rows: 0, columns: 0)
            v = Matrix(rows: 0, columns: 0)
            return
        }
        let cxx = Self.regularised(sxx.selectingRows(keptX).selectingColumns(keptX), 1 / xmax, epsilon)
        let cyy = Self.regularised(syy.selectingRows(keptY).selectingColumns(keptY), 1 / ymax, epsilon)
        let cxy = (1 / (xmax * ymax).squareRoot()) * sxy.selectingRows(keptX).selectingColumns(keptY)
        do {
            let whitened = try Self.inverseSquareRoot(cxx) * cxy * Self.inverseSquareRoot(cyy)
            let svd = try LinearAlgebra.svd(whitened)
            correlations = svd.singularValues.map(abs)
            u = svd.u
            v = svd.vt.transposed
        } catch let error as LinearAlgebraError {
            throw AnalysisError.linearAlgebra(measure: measure, underlying: error)
        }
    }

    /// `scale·Σ + ε·I`.
    private static func regularised(_ sigma: Matrix, _ scale: Double, _ epsilon: Double) -> Matrix {
        var result = scale * sigma
        for i in 0..<result.rows { result[i, i] += epsilon }
        return result
    }

    /// `pinv(Σ)^(½)` for symmetric Σ: V·diag(λᵢ^(−½))·Vᵀ over eigenvalues above 10⁻¹⁵·max|λ|, zero elsewhere.
    static func inverseSquareRoot(_ sigma: Matrix) throws -> Matrix {
        let eigen = try LinearAlgebra.symmetricEigen(sigma)
        let cutoff = 1e-15 * (eigen.values.map(abs).max() ?? 0)
        let factors = eigen.values.map { $0 > cutoff ? 1 / $0.squareRoot() : 0 }
        return eigen.vectors.scalingColumns(by: factors).multiplied(by: eigen.vectors, transposingOther: true)
    }
}
