import FormantAnalysis
import FormantCorpus
import FormantNumerics
import FormantScript

/// The embeddings a script value's frames come from, whose task labels and speakers travel with it.
///
/// `emb.layer(6)` returns its Tensor with the `Embeddings` attached, and `umap` keeps them, so a task
/// can stand for frame labels: `svcca(emb.layer(6), labels: .tone)`, `probe(emb.layer(6), task: .tone)`,
/// `umap(emb.layer(6)).scatter(colorBy: .tone)`. A value computed from a layer (`pca(x).scores`,
/// `x.row(0)`, `Tensor.load`) starts without them, so labels never meet frames they do not describe.
enum EmbeddingOrigin {
    /// The layer tensor `tensor` (hidden state `index`) of `embeddings`, carrying them and its index.
    static func layer(_ tensor: Tensor, of embeddings: Embeddings, index: Int) -> Value {
        .native(NativeObject(typeName: Tensor.scriptTypeName, object: tensor, attachment: Layer(embeddings: embeddings, index: index)))
    }

    /// What a layer tensor carries: its embeddings and its hidden-state index.
    private struct Layer {
        let embeddings: Embeddings
        let index: Int
    }

    /// The hidden-state index of `value` when it is a layer of embeddings (`emb.layer(6)`), else nil.
    static func layerIndex(of value: Value) -> Int? {
        guard case .native(let native) = value else { return nil }
        return (native.attachment as? Layer)?.index
    }

    /// The embeddings `value` is (or comes from): `Embeddings`, one of their layers, or a UMAP of one.
    static func of(_ value: Value) -> Embeddings? {
        guard case .native(let native) = value else { return nil }
        return native.object as? Embeddings
            ?? (native.attachment as? Layer)?.embeddings
            ?? (native.object as? LabelledEmbedding)?.origin
    }

    /// The task name `value` denotes: an implicit member (`.tone`) or a `Task`; `nil` for anything else.
    static func taskName(_ value: Value) -> String? {
        if case .symbol(let name) = value { return name }
        return value.native(as: LabelTask.self)?.name
    }

    /// The labels of task `task` for the frames of `value`, given to `function` as argument `label:`.
    ///
    /// Without embeddings behind `value`, the error says so and shows the explicit form `label: emb.labels(.task)`.
    static func labels(of task: String, for value: Value, label: String, function: String) throws -> [String] {
        guard let embeddings = of(value) else {
            throw ScriptError.invalidArgument(
                function: function,
                message: "`\(label): .\(task)` needs task labels travelling with the frames, but this \(value.typeName) "
                    + "does not come from embeddings (only emb.layer(…) and its UMAP carry them); "
                    + "give the labels themselves: `\(label): emb.labels(.\(task))`")
        }
        guard let labels = try? embeddings.labels(of: task) else {
            throw ScriptError.invalidArgument(
                function: function,
                message: "`\(label): .\(task)`: no labels for task '\(task)' travel with the frames "
                    + "(their embeddings have \(embeddings.tasks.map { "." + $0 }.joined(separator: ", ")))")
        }
        return labels
    }
}
