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
    /// What the display notes under the table (SVCCA means inflated by few frames).
    public let notes: [String]

    /// Compares every layer in `a` with every layer in `b`, or with `b` nil every layer of `a` with every other
    /// (all on the same frames; `RepresentationMeasure.pairwise`).
    public static func compute(
        _ a: [(name: String, frames: FrameMatrix)], _ b: [(name: String, frames: FrameMatrix)]? = nil,
        measure: RepresentationMeasure = .svcca(.variance(0.99)), context: OperationContext = .silent
    ) throws -> SimilarityMatrix {
        let columns = b ?? a
        guard !a.isEmpty, !columns.isEmpty else {
            throw AnalysisError.empty(measure: "similarity", input: a.isEmpty ? "first layers" : "second layers", rows: a.count, columns: columns.count)
        }
        let (flat, notes) = try measure.pairwise(a.map(\.frames), b?.map(\.frames), context: context)
        let values = a.indices.map { Array(flat[($0 * columns.count)..<(($0 + 1) * columns.count)]) }
        return SimilarityMatrix(rows: a.map(\.name), columns: columns.map(\.name), measure: measure, values: values, notes: notes)
    }
}
