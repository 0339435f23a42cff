import FormantCore
import FormantNumerics

/// Principal component analysis: the leading eigenvectors of the sample covariance
/// Σ = XcᵀXc/(n − 1), with explained variances λᵢ and ratios λᵢ/Σⱼλⱼ, as scikit-learn's `PCA`.
/// Each component's sign is fixed so that its largest-magnitude loading is positive.
public enum PCA {
    /// The first `components` principal components of `x` and the frames' scores on them.
    public static func fit(_ x: FrameMatrix, components k: Int, context: OperationContext = .silent) throws -> PCAResult {
        let measure = "pca"
        try x.validate(for: measure)
        guard x.frames >= 2 else {
            throw AnalysisError.tooFewFrames(measure: measure, input: x.name, frames: x.frames, needed: 2, reason: "a variance needs two frames")
        }
        guard k >= 1, k <= Swift.min(x.features, x.frames) else {
            throw AnalysisError.invalidParameter(
                measure: measure, name: "k", value: "\(k)", expected: "in 1...\(Swift.min(x.features, x.frames)) (features and frames)")
        }
        let centred = CentredFrames(x)
        let eigen: SymmetricEigendecomposition
        do { eigen = try LinearAlgebra.symmetricEigen(try centred.gram(context: context)) } catch let error as LinearAlgebraError {
            throw AnalysisError.linearAlgebra(measure: measure, underlying: error)
        }
        let scale = 1 / Double(x.frames - 1)
        let variances = eigen.values.map { Swift.max($0, 0) * scale }
        var axes = eigen.vectors.leadingColumns(k)
        for c in 0..<k {
            let column = axes.column(c)
            let largest = column.indices.max { abs(column[$0]) < abs(column[$1]) } ?? 0
            if column[largest] < 0 { for r in 0..<axes.rows { axes[r, c] = -axes[r, c] } }
        }
        let means = centred.means
        var scores = Matrix(rows: x.frames, columns: k)
        for range in x.blocks {
            let projected = x.centredBlock(range, means: means) * axes
            scores.storage.replaceSubrange((range.lowerBound * k)..<(range.upperBound * k), with: projected.storage)
        }
        let total = variances.reduce(0, +)
        return PCAResult(
            components: axes.transposed, explainedVariance: Array(variances.prefix(k)),
            explainedVarianceRatio: variances.prefix(k).map { total > 0 ? $0 / total : 0 }, mean: means, scores: scores)
    }
}

/// A fitted PCA.
public struct PCAResult: Sendable {
    /// The principal axes as rows (k×d), unit length.
    public let components: Matrix
    /// The variance along each axis, λᵢ.
    public let explainedVariance: [Double]
    /// The fraction of the total variance along each axis.
    public let explainedVarianceRatio: [Double]
    /// The feature means subtracted before projecting.
    public let mean: [Double]
    /// The frames' coordinates on the axes (n×k).
    public let scores: Matrix
}
