import FormantNumerics

/// UMAP's input in single precision, rows prepared for the metric: centred for the Euclidean metric
/// (distances are unchanged, and no large common offset cancels in ‖x‖² + ‖y‖² − 2x·y); for cosine,
/// unit-normalised, the distance being half the squared Euclidean one, 1 − cos θ = ‖x̂ − ŷ‖²/2.
struct UMAPData {
    /// Row-major n×d values (unit rows for cosine).
    let values: [Float]
    /// Frames.
    let frames: Int
    /// Features.
    let features: Int
    /// The metric distances are reported in.
    let metric: UMAPMetric
    /// ‖xᵢ‖² for every row.
    let squaredNorms: [Float]

    /// The rows of `x`, prepared block by block (centred or normalised in Float64, then rounded), so that
    /// no Float64 copy of the whole input is made; the blocks in parallel.
    init(_ x: FrameMatrix, metric: UMAPMetric) throws {
        try x.validate(for: "umap")
        let means = metric == .cosine ? [Double](repeating: 0, count: x.features) : x.columnMeans
        let features = x.features, blocks = x.blocks
        var squaredNorms = [Float](repeating: 0, count: x.frames)
        // Per block: its first all-zero row (cosine). Such a block stops there, and the error below discards the rows.
        var zeroRows = [Int?](repeating: nil, count: blocks.count)
        let values = [Float](count: x.frames * features) { output in
            squaredNorms.withUnsafeMutableBufferPointer { norms in
                zeroRows.withUnsafeMutableBufferPointer { zeros in
                    let (output, norms, zeros) = (output, norms, zeros)
                    Threading.parallelFor(blocks.count) { mine in
                        for index in mine {
                            zeros[index] = Self.prepare(x, block: blocks[index], means: means, metric: metric,
                                                        into: output.baseAddress!, norms: norms.baseAddress!)
                        }
                    }
                }
            }
        }
        if let frame = zeroRows.lazy.compactMap({ $0 }).first {
            throw AnalysisError.invalidParameter(
                measure: "umap", name: "metric", value: "cosine",
                expected: "euclidean: frame \(frame) of '\(x.name)' is all zeros, so its cosine distance is undefined")
        }
        self.init(values: values, frames: x.frames, features: features, metric: metric, squaredNorms: squaredNorms)
    }

    /// Writes the prepared rows of `block` and their squared norms; returns the first all-zero row, which the
    /// cosine metric cannot normalise.
    private static func prepare(
        _ x: FrameMatrix, block range: Range<Int>, means: [Double], metric: UMAPMetric,
        into output: UnsafeMutablePointer<Float>, norms: UnsafeMutablePointer<Float>
    ) -> Int? {
        let features = x.features
        return x.centredBlock(range, means: means).storage.withUnsafeBufferPointer { centred in
            for row in 0..<range.count {
                let source = centred.baseAddress! + row * features
                let target = output + (range.lowerBound + row) * features
                if metric == .cosine {
                    let norm = (0..<features).reduce(0) { $0 + source[$1] * source[$1] }.squareRoot()
                    guard norm > 0 else { return range.lowerBound + row }
                    for j in 0..<features { target[j] = Float(source[j] / norm) }
                } else {
                    for j in 0..<features { target[j] = Float(source[j]) }
                }
                norms[range.lowerBound + row] = BLAS.dot(target, target, count: features)
            }
            return nil
        }
    }

    private init(values: [Float], frames: Int, features: Int, metric: UMAPMetric, squaredNorms: [Float]) {
        (self.values, self.frames, self.features, self.metric, self.squaredNorms) = (values, frames, features, metric, squaredNorms)
    }

    /// The same rows reordered: row i of the result is row `order[i]` of this one (copied in parallel).
    func permuted(by order: [Int32]) -> UMAPData {
        let reordered = [Float](count: values.count) { target in
            values.withUnsafeBufferPointer { source in
                Threading.parallelFor(order.count, minimumChunk: 1024) { rows in
                    for row in rows {
                        let frame = Int(order[row])
                        (target.baseAddress! + row * features).initialize(from: source.baseAddress! + frame * features, count: features)
                    }
                }
            }
        }
        return UMAPData(values: reordered, frames: frames, features: features, metric: metric,
                        squaredNorms: order.map { squaredNorms[Int($0)] })
    }

    /// The metric distance for a squared Euclidean distance between prepared rows.
    @inline(__always)
    func distance(squared: Float) -> Float {
        let clamped = Swift.max(squared, 0)
        return metric == .cosine ? clamped / 2 : clamped.squareRoot()
    }

    /// The squared Euclidean distance between prepared rows i and j, ‖xᵢ‖² + ‖xⱼ‖² − 2xᵢ·xⱼ with the dot
    /// product by OpenBLAS (whose kernel uses the CPU's widest vectors); exact enough because the rows are
    /// centred (Euclidean) or unit (cosine), so no large common offset cancels.
    @inline(__always)
    func squaredDistance(_ i: Int, _ j: Int) -> Float {
        values.withUnsafeBufferPointer { v in
            squaredDistance(i, j, dot: BLAS.dot(v.baseAddress! + i * features, v.baseAddress! + j * features, count: features))
        }
    }

    /// The squared Euclidean distance between prepared rows i and j whose dot product is `dot`.
    @inline(__always)
    func squaredDistance(_ i: Int, _ j: Int, dot: Float) -> Float {
        Swift.max(0, squaredNorms[i] + squaredNorms[j] - 2 * dot)
    }
}
