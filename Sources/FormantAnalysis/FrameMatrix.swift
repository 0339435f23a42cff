import FormantNumerics

/// A frames × features data matrix as the analyses read it: Float32 (a `Tensor`, as embeddings are
/// stored) or Float64 (a `Matrix`), converted to Float64 one block of rows at a time.
///
/// Reading by blocks keeps memory at the size of the stored data: a 100,000 × 768 Float32 layer
/// is never copied whole into Float64 by the moment-based measures (SVCCA, CKA).
public struct FrameMatrix: Sendable {
    private enum Storage: Sendable {
        case single([Float])
        case double([Double])
    }

    /// The number of frames (rows).
    public let frames: Int
    /// The number of features (columns).
    public let features: Int
    /// The name used in error messages (`a`, `layer 7`, `labels`).
    public let name: String
    private let storage: Storage

    /// A view of a Float64 matrix.
    public init(_ matrix: Matrix, name: String = "x") {
        frames = matrix.rows
        features = matrix.columns
        self.name = name
        storage = .double(matrix.storage)
    }

    /// A view of a rank-2 Float32 tensor; throws for another rank.
    public init(_ tensor: Tensor, name: String = "x", measure: String = "analysis") throws {
        guard tensor.rank == 2 else { throw AnalysisError.notAMatrix(measure: measure, input: name, shape: tensor.shape) }
        frames = tensor.shape[0]
        features = tensor.shape[1]
        self.name = name
        storage = .single(tensor.storage)
    }

    /// Rows `range` as a Float64 matrix.
    public func block(_ range: Range<Int>) -> Matrix {
        let slice = (range.lowerBound * features)..<(range.upperBound * features)
        switch storage {
        case .single(let values): return Matrix(rows: range.count, columns: features, storage: values[slice].map(Double.init))
        case .double(let values): return Matrix(rows: range.count, columns: features, storage: Array(values[slice]))
        }
    }

    /// Rows `range` as a Float64 matrix with `means` subtracted from every row, converted and centred
    /// in one pass (the hot loop of every moment-based measure).
    public func centredBlock(_ range: Range<Int>, means: [Double]) -> Matrix {
        Matrix(rows: range.count, columns: features, storage: centred(range, means: means, as: Double.self))
    }

    /// Rows `range` centred by `means` in Float64, then rounded to Float32 (row-major), for the single-precision
    /// Gram matrices of single-precision frames.
    public func centredSingleBlock(_ range: Range<Int>, means: [Double]) -> [Float] {
        centred(range, means: means, as: Float.self)
    }

    /// Whether the frames are stored in single precision (Float32 tensors, as embeddings are).
    public var isSinglePrecision: Bool {
        if case .single = storage { return true }
        return false
    }

    @inline(__always)
    private func centred<Output: BinaryFloatingPoint>(_ range: Range<Int>, means: [Double], as _: Output.Type) -> [Output] {
        precondition(means.count == features, "\(means.count) means for \(features) features")
        let count = range.count * features, offset = range.lowerBound * features
        func centre<T: BinaryFloatingPoint>(_ values: [T]) -> [Output] {
            [Output](unsafeUninitializedCapacity: count) { out, initialized in
                values.withUnsafeBufferPointer { v in
                    means.withUnsafeBufferPointer { mu in
                        for row in 0..<range.count {
                            let source = v.baseAddress! + offset + row * features, target = out.baseAddress! + row * features
                            for j in 0..<features { target[j] = Output(Double(source[j]) - mu[j]) }
                        }
                    }
                }
                initialized = count
            }
        }
        switch storage {
        case .single(let values): return centre(values)
        case .double(let values): return centre(values)
        }
    }

    /// The whole data as a Float64 matrix.
    public var matrix: Matrix { block(0..<frames) }

    /// The row blocks covering all frames, sized to keep a block near 4 MB of Float64.
    public var blocks: [Range<Int>] {
        let size = Swift.max(1, 524_288 / Swift.max(features, 1))
        return stride(from: 0, to: frames, by: size).map { $0..<Swift.min($0 + size, frames) }
    }

    /// The mean of every feature, summed in Float64 straight from the stored values.
    public var columnMeans: [Double] {
        var sums = [Double](repeating: 0, count: features)
        func accumulate<T: BinaryFloatingPoint>(_ values: [T]) {
            values.withUnsafeBufferPointer { v in
                sums.withUnsafeMutableBufferPointer { s in
                    for i in 0..<frames {
                        let row = v.baseAddress! + i * features
                        for j in 0..<features { s[j] += Double(row[j]) }
                    }
                }
            }
        }
        switch storage {
        case .single(let values): accumulate(values)
        case .double(let values): accumulate(values)
        }
        return sums.map { $0 / Double(Swift.max(frames, 1)) }
    }

    /// Throws unless the data is non-empty, finite and not constant.
    public func validate(for measure: String) throws {
        guard frames > 0, features > 0 else {
            throw AnalysisError.empty(measure: measure, input: name, rows: frames, columns: features)
        }
        if let index = firstNonFinite() {
            throw AnalysisError.notFinite(measure: measure, input: name, row: index / features, column: index % features)
        }
        if isConstant { throw AnalysisError.constant(measure: measure, input: name) }
    }

    /// Throws unless `other` describes the same number of frames.
    public func requireSameFrames(as other: FrameMatrix, for measure: String) throws {
        guard frames == other.frames else {
            throw AnalysisError.frameCountMismatch(
                measure: measure, first: name, firstFrames: frames, second: other.name, secondFrames: other.frames)
        }
    }

    /// Validates every input (`validate(for:)`) and throws unless all have one frame count, at least `minimum`
    /// (`reason` says why).
    static func validate(_ inputs: [FrameMatrix], for measure: String, atLeast minimum: Int, reason: String) throws {
        for input in inputs { try input.validate(for: measure) }
        guard let first = inputs.first else { return }
        for input in inputs.dropFirst() { try first.requireSameFrames(as: input, for: measure) }
        guard first.frames >= minimum else {
            throw AnalysisError.tooFewFrames(measure: measure, input: first.name, frames: first.frames, needed: minimum, reason: reason)
        }
    }

    private func firstNonFinite() -> Int? {
        switch storage {
        case .single(let values): return Self.firstNonFinite(values)
        case .double(let values): return values.firstIndex { !$0.isFinite }
        }
    }

    /// The index of the first NaN or infinity in `values`, found chunk by chunk: x − x is 0 for finite x and NaN
    /// otherwise, so a chunk's sum of them is NaN exactly when it holds one, and adding runs eight lanes at a time
    /// (a validation pass over 20,000 × 768 values takes a fifth of the time of testing each value).
    private static func firstNonFinite(_ values: [Float]) -> Int? {
        values.withUnsafeBufferPointer { values in
            let chunk = 4096
            for start in stride(from: 0, to: values.count, by: chunk) {
                let end = Swift.min(start + chunk, values.count)
                var lanes = SIMD8<Float>(), index = start
                while index + 8 <= end {
                    let eight = UnsafeRawPointer(values.baseAddress! + index).loadUnaligned(as: SIMD8<Float>.self)
                    lanes += eight - eight
                    index += 8
                }
                let total = values[index..<end].reduce(lanes.sum()) { $0 + ($1 - $1) }
                if !total.isFinite { return values[start..<end].firstIndex { !$0.isFinite } }
            }
            return nil
        }
    }

    private var isConstant: Bool {
        switch storage {
        case .single(let values): return Self.allRowsEqual(values, features)
        case .double(let values): return Self.allRowsEqual(values, features)
        }
    }

    private static func allRowsEqual<T: Equatable>(_ values: [T], _ width: Int) -> Bool {
        for index in width..<Swift.max(values.count, width) where values[index] != values[index % width] { return false }
        return true
    }
}
