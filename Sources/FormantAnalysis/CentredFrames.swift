import FormantCore
import FormantNumerics

/// Frames with their column means: the centred view Xc = X − 1μᵀ that moments with other frames are taken
/// from, block by block, without a centred copy. A similarity matrix prepares every layer once and takes
/// each layer's own terms once, so that each pair needs only its cross moment `XcᵀYc`.
struct CentredFrames {
    /// The frames (validated by the caller).
    let frames: FrameMatrix
    /// The column means μ.
    let means: [Double]

    /// The frames and their column means.
    init(_ frames: FrameMatrix) {
        self.frames = frames
        means = frames.columnMeans
    }

    /// `XcᵀXc`.
    func gram() throws -> Matrix {
        var gram = Matrix(rows: frames.features, columns: frames.features)
        try CenteredMoments.forEachCentredBlock(of: frames, means: means, context: .silent) { _, block in
            gram.addUpperGram(of: block)
        }
        gram.symmetrizeFromUpper()
        return gram
    }

    /// `XcᵀYc` with `other`, frames of the same count.
    func crossMoment(with other: CentredFrames) throws -> Matrix {
        var cross = Matrix(rows: frames.features, columns: other.frames.features)
        try CenteredMoments.forEachCentredBlock(of: frames, means: means, context: .silent) { range, block in
            cross.addTransposedProduct(block, other.frames.centredBlock(range, means: other.means))
        }
        return cross
    }

    /// ‖xᵢ − μ‖² for every frame i.
    func rowSquaredNorms() throws -> [Double] {
        var norms: [Double] = []
        norms.reserveCapacity(frames.frames)
        try CenteredMoments.forEachCentredBlock(of: frames, means: means, context: .silent) { _, block in
            norms += block.rowSquaredNorms
        }
        return norms
    }
}
