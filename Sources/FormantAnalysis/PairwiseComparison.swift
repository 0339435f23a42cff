import FormantCore
import FormantNumerics

/// A measure between every representation of one list and every one of another (a similarity matrix), with
/// what a measure needs of each representation alone (its Gram matrix, its SVD) prepared once, not once per pair.
enum PairwiseComparison {
    /// `compare(prepare(a[i]), prepare(b[j]))` for every pair, row by row (at `i·columns + j`); with `b` nil,
    /// `a` against itself, each layer prepared once and, for a `symmetric` measure, each pair above the diagonal
    /// compared once and mirrored. Both steps run two or more items at a time (`Threading.concurrentMap`);
    /// progress: "layers", then "layer pairs".
    static func values<Prepared, Value>(
        _ a: [FrameMatrix], _ b: [FrameMatrix]?, symmetric: Bool, context: OperationContext,
        prepare: (FrameMatrix) throws -> Prepared, compare: (Prepared, Prepared) throws -> Value
    ) throws -> [Value] {
        let inputs = a + (b ?? []), columns = b?.count ?? a.count, firstColumn = b == nil ? 0 : a.count
        let prepared = try Threading.concurrentMap(inputs.count, completed: { try context.step("layers", completed: $0, total: inputs.count) }) {
            try prepare(inputs[$0])
        }
        let mirrored = b == nil && symmetric
        let pairs = (0..<(a.count * columns)).filter { !mirrored || $0 / columns <= $0 % columns }
        let computed = try Threading.concurrentMap(pairs.count, completed: { try context.step("layer pairs", completed: $0, total: pairs.count) }) {
            try compare(prepared[pairs[$0] / columns], prepared[firstColumn + pairs[$0] % columns])
        }
        var values = [Value?](repeating: nil, count: a.count * columns)
        for (pair, value) in zip(pairs, computed) {
            values[pair] = value
            if mirrored { values[(pair % columns) * columns + pair / columns] = value }
        }
        return values.map { $0! }
    }
}
