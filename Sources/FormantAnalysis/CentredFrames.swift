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

    /// `XcᵀXc`, reporting "moments" to `context`. For single-precision frames each block's product is taken in
    /// single precision (`Matrix.addUpperGram(ofSinglePrecision:)`) from rows centred in double: the frames carry
    /// 7 digits, and SVCCA of two 20,000 × 768 layers moves by 2·10⁻⁹ while its Gram matrices take two thirds of the time.
    func gram(context: OperationContext = .silent) throws -> Matrix {
        var gram = Matrix(rows: frames.features, columns: frames.features)
        try CenteredMoments.forEachBlock(of: frames, context: context) { range in
            if frames.isSinglePrecision {
                gram.addUpperGram(ofSinglePrecision: frames.centredSingleBlock(range, means: means))
            } else {
                gram.addUpperGram(of: frames.centredBlock(range, means: means))
            }
        }
        gram.symmetrizeFromUpper()
        return gram
    }

    /// `XcᵀYc` with `other`, frames of the same count.
    func crossMoment(with other: CentredFrames, context: OperationContext = .silent) throws -> Matrix {
        var cross = Matrix(rows: frames.features, columns: other.frames.features)
        try CenteredMoments.forEachCentredBlock(of: frames, means: means, context: context) { range, block in
            cross.addTransposedProduct(block, other.frames.centredBlock(range, means: other.means))
        }
        return cross
    }

    /// `Aᵀ·XcᵀYc·B` for bases A (this frames' features × a) and B (`other`'s features × b). When a basis has few
    /// columns the frames are projected on it block by block (2n·(dₓ + dᵧ)·k operations instead of 2n·dₓ·dᵧ for
    /// the full cross moment): SVCCA keeping 40 of 768 directions on one side then costs a tenth of it.
    func reducedCrossMoment(with other: CentredFrames, _ a: Matrix, _ b: Matrix, context: OperationContext = .silent) throws -> Matrix {
        let dx = frames.features, dy = other.frames.features, k = Swift.min(a.columns, b.columns)
        guard k * (dx + dy) < dx * dy else {
            return a.multiplied(by: try crossMoment(with: other, context: context).multiplied(by: b), transposingSelf: true)
        }
        let projectingSelf = a.columns <= b.columns
        let (projected, plain, basis) = projectingSelf ? (self, other, a) : (other, self, b)
        let blocks = frames.blocks, halves = [0..<(blocks.count / 2), (blocks.count / 2)..<blocks.count]
        // The two halves of the blocks side by side, one per core, each summing its own part (fixed halves, so the
        // sum does not depend on the thread count): products this thin keep two BLAS threads waiting on each other.
        let parts = try Threading.concurrentMap(2, completed: { try context.step("moments", completed: $0, total: 2) }) { half in
            var part = Matrix(rows: basis.columns, columns: plain.frames.features)
            for range in blocks[halves[half]] {
                projected.addProjectedProduct(range, basis: basis, with: plain, into: &part)
                try context.checkCancellation()
            }
            return part
        }
        let reduced = parts[0] + parts[1]  // (basis directions) × (the plain side's features)
        return projectingSelf ? reduced * b : a.multiplied(by: reduced.transposed, transposingSelf: true)
    }

    /// Adds (Xc·A)ᵀ·Yc over the frames `range` to `moment` (A's columns × `other`'s features), Xc these frames
    /// centred and Yc `other`'s. When both are single-precision frames the two products are taken in single precision
    /// (as `gram`'s blocks; SVCCA of two 20,000 × 768 layers moves by 2·10⁻⁹).
    private func addProjectedProduct(_ range: Range<Int>, basis a: Matrix, with other: CentredFrames, into moment: inout Matrix) {
        guard frames.isSinglePrecision && other.frames.isSinglePrecision else {
            moment.addTransposedProduct(frames.centredBlock(range, means: means) * a, other.frames.centredBlock(range, means: other.means))
            return
        }
        let (rows, d, k) = (range.count, frames.features, a.columns)
        var projection = [Float](repeating: 0, count: rows * k)
        BLAS.gemm(m: rows, n: k, k: d, a: frames.centredSingleBlock(range, means: means), lda: d, b: a.storage.map(Float.init),
                  ldb: k, c: &projection, ldc: k)
        moment.addTransposedProduct(ofSinglePrecision: projection, other.frames.centredSingleBlock(range, means: other.means))
    }

    /// Xc itself (frames × features, Float64): for what needs every centred row at once.
    var centred: Matrix { frames.centredBlock(0..<frames.frames, means: means) }

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
