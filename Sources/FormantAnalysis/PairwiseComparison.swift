import FormantCore
import FormantNumerics

/// A measure between every representation of one list and every one of another (a similarity matrix), with
/// what a measure needs of each representation alone (its Gram matrix, its SVD) prepared once, not once per pair.
enum PairwiseComparison {
    /// `compare(prepare(a[i]), prepare(b[j]))` for every pair, row by row (at `i·b.count + j`). Both steps run
    /// two or more items at a time (`Threading.concurrentMap`); progress: "layers", then "layer pairs".
    static func values<Prepared>(
        _ a: [FrameMatrix], _ b: [FrameMatrix], context: OperationContext,
        prepare: (FrameMatrix) throws -> Prepared, compare: (Prepared, Prepared) throws -> Double
    ) throws -> [Double] {
        let inputs = a + b, pairs = a.count * b.count
        let prepared = try Threading.concurrentMap(inputs.count, completed: { try context.step("layers", completed: $0, total: inputs.count) }) {
            try prepare(inputs[$0])
        }
        return try Threading.concurrentMap(pairs, completed: { try context.step("layer pairs", completed: $0, total: pairs) }) {
            try compare(prepared[$0 / b.count], prepared[a.count + $0 % b.count])
        }
    }
}
