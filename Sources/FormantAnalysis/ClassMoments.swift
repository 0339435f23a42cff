import FormantCore
import FormantNumerics

/// The centred moments of frames against the one-hot labels of one or more tasks, from class sums.
///
/// For a one-hot Y the cross moment `XcᵀYc = XcᵀY` is the matrix of per-class sums of the centred rows
/// (the columns of Xc sum to zero), and `YcᵀYc = diag(m) − m·mᵀ/n` with m the class counts. So
/// comparing a layer with any number of tasks costs one pass over the frames besides the Gram
/// `XcᵀXc`, and no frames × classes matrix is ever formed.
struct ClassMoments {
    /// The centred moments of one task's labels with the frames.
    struct Task {
        /// `XcᵀY` (features × classes).
        let cross: Matrix
        /// `YcᵀYc` (classes × classes).
        let labelGram: Matrix
    }

    /// The number of frames.
    let frames: Int
    /// `XcᵀXc` (features × features).
    let gram: Matrix
    /// One entry per task, in the order given.
    let tasks: [Task]

    /// Accumulates the Gram of `x` and its class sums under every task's labels (one code per frame each).
    init(_ x: FrameMatrix, tasks encodings: [OneHot], context: OperationContext = .silent) throws {
        let d = x.features
        var gram = Matrix(rows: d, columns: d)
        var sums = encodings.map { [Double](repeating: 0, count: $0.classes * d) }
        try CenteredMoments.forEachCentredBlock(of: x, means: x.columnMeans, context: context) { range, block in
            if x.isSinglePrecision {  // as `CentredFrames.gram`: single-precision frames, single-precision block products
                gram.addUpperGram(ofSinglePrecision: block.storage.map(Float.init))
            } else {
                gram.addUpperGram(of: block)
            }
            for (task, encoding) in encodings.enumerated() {
                Self.addClassSums(block, codes: encoding.codes[range], into: &sums[task], features: d)
            }
        }
        gram.symmetrizeFromUpper()
        frames = x.frames
        self.gram = gram
        self.tasks = zip(encodings, sums).map { encoding, sum in
            Task(cross: Matrix(rows: encoding.classes, columns: d, storage: sum).transposed,
                 labelGram: Self.labelGram(counts: encoding.counts))
        }
    }

    /// Adds every row of `block` to the row of `sums` (classes × features) of its class.
    private static func addClassSums(_ block: Matrix, codes: ArraySlice<Int>, into sums: inout [Double], features d: Int) {
        block.storage.withUnsafeBufferPointer { rows in
            sums.withUnsafeMutableBufferPointer { target in
                for (row, code) in codes.enumerated() {
                    let source = rows.baseAddress! + row * d, sum = target.baseAddress! + code * d
                    for j in 0..<d { sum[j] += source[j] }
                }
            }
        }
    }

    /// `diag(m) − m·mᵀ/n` for class counts m summing to n: the Gram of the centred one-hot matrix.
    private static func labelGram(counts: [Int]) -> Matrix {
        let n = Double(counts.reduce(0, +))
        var gram = Matrix(rows: counts.count, columns: counts.count)
        for i in counts.indices {
            for j in counts.indices { gram[i, j] = (i == j ? Double(counts[i]) : 0) - Double(counts[i]) * Double(counts[j]) / n }
        }
        return gram
    }
}
