import FormantAnalysis
import FormantScript

// The script type names of the analysis library's results; their members are registered in
// `AnalysisBindings+Types.swift`.

extension SVCCAResult: ScriptNative {
    public static var scriptTypeName: String { "SVCCAResult" }
}

extension CCAResult: ScriptNative {
    public static var scriptTypeName: String { "CCAResult" }
}

extension PWCCAResult: ScriptNative {
    public static var scriptTypeName: String { "PWCCAResult" }
}

extension ProbeResult: ScriptNative {
    public static var scriptTypeName: String { "ProbeResult" }
}

extension PCAResult: ScriptNative {
    public static var scriptTypeName: String { "PCA" }
}

extension LayerProfile: ScriptNative {
    public static var scriptTypeName: String { "LayerProfile" }
}

extension SimilarityMatrix: ScriptNative {
    public static var scriptTypeName: String { "SimilarityMatrix" }
}

extension LabelledEmbedding: ScriptNative {
    public static var scriptTypeName: String { "UMAP" }
}

extension Embeddings: ScriptNative {
    public static var scriptTypeName: String { "Embeddings" }
}
