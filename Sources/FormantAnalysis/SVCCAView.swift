import FormantCore
import FormantNumerics

/// One representation prepared for SVCCA: its column means and its principal basis (the SVD step, from its
/// Gram matrix). Comparing two views then needs only their cross moment `XcᵀYc`, so a similarity matrix
/// computes every layer's Gram and eigendecomposition once instead of once per pair.
struct SVCCAView {
    /// The frames (validated by the caller).
    let frames: FrameMatrix
    /// The column means the frames are centred by.
    let means: [Double]
    /// The leading principal directions kept by the rule.
    let basis: PrincipalBasis

    /// Centres `frames`, accumulates their Gram matrix over blocks of rows and keeps directions by `keep`.
    init(_ frames: FrameMatrix, keep: SVCCAKeep, measure: String) throws {
        let means = frames.columnMeans
        var gram = Matrix(rows: frames.features, columns: frames.features)
        try CenteredMoments.forEachCentredBlock(of: frames, means: means, context: .silent) { _, block in
            gram.addUpperGram(of: block)
        }
        gram.symmetrizeFromUpper()
        self.frames = frames
        self.means = means
        basis = try PrincipalBasis(gram: gram, keep: keep, measure: measure)
    }

    /// `XcᵀYc` between this view's centred frames and `other`'s (the same frame count).
    func crossMoment(with other: SVCCAView) throws -> Matrix {
        var cross = Matrix(rows: frames.features, columns: other.frames.features)
        try CenteredMoments.forEachCentredBlock(of: frames, means: means, context: .silent) { range, block in
            cross.addTransposedProduct(block, other.frames.centredBlock(range, means: other.means))
        }
        return cross
    }
}
