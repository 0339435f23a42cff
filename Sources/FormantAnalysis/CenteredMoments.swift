import FormantCore
import FormantNumerics

/// The centred second moments of two views of the same frames: `XcᵀXc`, `YcᵀYc`, `XcᵀYc`
/// (Xc = X − 1μₓᵀ), with the means and the squared row norms of the centred data.
///
/// These d×d matrices are all SVCCA and CKA need, so neither ever forms an n×n matrix.
/// They are accumulated over blocks of rows (two passes: means, then centred products), exact
/// in Float64 and never cancelling as the one-pass `XᵀX − nμμᵀ` would.
struct CenteredMoments {
    /// The number of frames.
    let frames: Int
    /// `XcᵀXc` (dx×dx).
    let xx: Matrix
    /// `YcᵀYc` (dy×dy).
    let yy: Matrix
    /// `XcᵀYc` (dx×dy).
    let xy: Matrix
    /// ‖xᵢ − μₓ‖² for every frame i.
    let xRowNorms: [Double]
    /// ‖yᵢ − μᵧ‖² for every frame i.
    let yRowNorms: [Double]

    /// Accumulates the moments of `x` and `y` (same frame count, already validated); the squared row
    /// norms only when `rowNorms` (debiased CKA needs them).
    init(_ x: FrameMatrix, _ y: FrameMatrix, rowNorms: Bool = false, context: OperationContext = .silent) throws {
        let muX = x.columnMeans, muY = y.columnMeans
        var xx = Matrix(rows: x.features, columns: x.features)
        var yy = Matrix(rows: y.features, columns: y.features)
        var xy = Matrix(rows: x.features, columns: y.features)
        var xNorms = [Double](), yNorms = [Double]()
        xNorms.reserveCapacity(x.frames)
        yNorms.reserveCapacity(x.frames)
        try Self.forEachCentredBlock(of: x, means: muX, context: context) { range, bx in
            let by = y.centredBlock(range, means: muY)
            xx.addUpperGram(of: bx)
            yy.addUpperGram(of: by)
            xy.addTransposedProduct(bx, by)
            if rowNorms {
                xNorms += bx.rowSquaredNorms
                yNorms += by.rowSquaredNorms
            }
        }
        xx.symmetrizeFromUpper()
        yy.symmetrizeFromUpper()
        frames = x.frames
        self.xx = xx
        self.yy = yy
        self.xy = xy
        xRowNorms = xNorms
        yRowNorms = yNorms
    }

    /// Calls `body` with every block of rows of `x` (its row range and the rows centred by `means`),
    /// reporting progress as "moments" and stopping when interrupted.
    static func forEachCentredBlock(
        of x: FrameMatrix, means: [Double], context: OperationContext, _ body: (Range<Int>, Matrix) -> Void
    ) throws {
        try forEachBlock(of: x, context: context) { range in body(range, x.centredBlock(range, means: means)) }
    }

    /// Calls `body` with the row range of every block of `x`, reporting progress as "moments" and stopping when
    /// interrupted.
    static func forEachBlock(of x: FrameMatrix, context: OperationContext, _ body: (Range<Int>) -> Void) throws {
        let blocks = x.blocks
        for (number, range) in blocks.enumerated() {
            body(range)
            try context.step("moments", completed: number + 1, total: blocks.count)
        }
    }
}
