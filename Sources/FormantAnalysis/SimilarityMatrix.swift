import FormantCore

/// A measure between every layer of one model and every layer of another (or the same) model:
/// the layer-by-layer comparison of pretrained and fine-tuned models. Any layer counts.
public struct SimilarityMatrix: Sendable {
    /// Names of the first model's layers (rows).
    public let rows: [String]
    /// Names of the second model's layers (columns).
    public let columns: [String]
    /// The measure used.
    public let measure: RepresentationMeasure
    /// `values[row][column]`.
    public let values: [[Double]]

    /// Compares every layer in `a` with every layer in `b` (all on the same frames).
    public static func compute(
        _ a: [(name: String, frames: FrameMatrix)], _ b: [(name: String, frames: FrameMatrix)],
        measure: RepresentationMeasure = .svcca(.variance(0.99)), context: OperationContext = .silent
    ) throws -> SimilarityMatrix {
        guard !a.isEmpty, !b.isEmpty else {
            throw AnalysisError.empty(measure: "similarity", input: a.isEmpty ? "first layers" : "second layers", rows: a.count, columns: b.count)
        }
        var values: [[Double]] = []
        for (i, left) in a.enumerated() {
            var row: [Double] = []
            for (j, right) in b.enumerated() {
                row.append(try measure.compare(left.frames, right.frames))
                try context.step("layer pairs", completed: i * b.count + j + 1, total: a.count * b.count)
            }
            values.append(row)
        }
        return SimilarityMatrix(rows: a.map(\.name), columns: b.map(\.name), measure: measure, values: values)
    }
}
