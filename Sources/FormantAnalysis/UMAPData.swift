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
    /// no Float64 copy of the whole input is made.
    init(_ x: FrameMatrix, metric: UMAPMetric) throws {
        try x.validate(for: "umap")
        let means = metric == .cosine ? [Double](repeating: 0, count: x.features) : x.columnMeans
        let features = x.features
        var values = [Float](repeating: 0, count: x.frames * features)
        try values.withUnsafeMutableBufferPointer { output in
            for range in x.blocks {
                let block = x.centredBlock(range, means: means)
                try block.storage.withUnsafeBufferPointer { centred in
                    for row in 0..<block.rows {
                        let source = centred.baseAddress! + row * features
                        let target = output.baseAddress! + (range.lowerBound + row) * features
                        let norm = metric == .cosine ? (0..<features).reduce(0) { $0 + source[$1] * source[$1] }.squareRoot() : 1
                        guard norm > 0 else {
                            throw AnalysisError.invalidParameter(
                                measure: "umap", name: "metric", value: "cosine",
                                expected: "euclidean: frame \(range.lowerBound + row) of '\(x.name)' is all zeros, so its cosine distance is undefined")
                        }
                        for j in 0..<features { target[j] = Float(source[j] / norm) }
                    }
                }
            }
        }
        let squaredNorms = values.withUnsafeBufferPointer { rows in
            (0..<x.frames).map { i in (0..<features).reduce(Float(0)) { $0 + rows[i * features + $1] * rows[i * features + $1] } }
        }
        self.init(values: values, frames: x.frames, features: features, metric: metric, squaredNorms: squaredNorms)
    }

    private init(values: [Float], frames: Int, features: Int, metric: UMAPMetric, squaredNorms: [Float]) {
        (self.values, self.frames, self.features, self.metric, self.squaredNorms) = (values, frames, features, metric, squaredNorms)
    }

    /// The same rows reordered: row i of the result is row `order[i]` of this one.
    func permuted(by order: [Int32]) -> UMAPData {
        var reordered = [Float](repeating: 0, count: values.count)
        values.withUnsafeBufferPointer { source in
            reordered.withUnsafeMutableBufferPointer { target in
                for (row, frame) in order.enumerated() {
                    (target.baseAddress! + row * features).update(from: source.baseAddress! + Int(frame) * features, count: features)
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
