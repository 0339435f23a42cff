import FormantCore
import FormantNumerics

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

    /// Compares every layer in `a` with every layer in `b` (all on the same frames), two or more pairs at a time;
    /// for SVCCA every layer's Gram matrix and SVD are computed once, not once per pair.
    public static func compute(
        _ a: [(name: String, frames: FrameMatrix)], _ b: [(name: String, frames: FrameMatrix)],
        measure: RepresentationMeasure = .svcca(.variance(0.99)), context: OperationContext = .silent
    ) throws -> SimilarityMatrix {
        guard !a.isEmpty, !b.isEmpty else {
            throw AnalysisError.empty(measure: "similarity", input: a.isEmpty ? "first layers" : "second layers", rows: a.count, columns: b.count)
        }
        let pairs = a.count * b.count, flat: [Double]  // row by row
        if case .svcca(let keep) = measure {
            flat = try SVCCA.pairwise(a.map(\.frames), b.map(\.frames), keep: keep, context: context)
        } else {
            flat = try Threading.concurrentMap(pairs, completed: { try context.step("layer pairs", completed: $0, total: pairs) }) {
                try measure.compare(a[$0 / b.count].frames, b[$0 % b.count].frames)
            }
        }
        let values = a.indices.map { Array(flat[($0 * b.count)..<(($0 + 1) * b.count)]) }
        return SimilarityMatrix(rows: a.map(\.name), columns: b.map(\.name), measure: measure, values: values)
    }
}
