import FormantAnalysis
import FormantCore
import FormantScript

/// A UMAP embedding with the labels the user attached to its frames, so that
/// `scatter(u.points, colorBy: u.labels)` needs no bookkeeping, and the embeddings its frames came from,
/// so that `u.scatter(colorBy: .tone)` finds every task's labels.
public struct LabelledEmbedding: RichDisplayable {
    /// The embedding.
    public let embedding: UMAPEmbedding
    /// One label per frame, or empty.
    public let labels: [Value]
    /// The embeddings whose layer was embedded (`umap(emb.layer(6))`), or `nil`.
    public let origin: Embeddings?

    /// The embedding's table, with the label count.
    public var mimeBundle: MIMEBundle { embedding.mimeBundle }
}
