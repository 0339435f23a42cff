import FormantNumerics

extension Wav2Vec2Configuration {
    /// The model types whose encoder Formant implements.
    static let supportedModelTypes = ["wav2vec2", "hubert"]

    /// Checks that the configuration describes a model Formant can build; `file` names the source in errors.
    public func validate(file: String) throws {
        guard Self.supportedModelTypes.contains(modelType) else {
            throw ModelError.unsupportedArchitecture(file: file, name: architectures.first ?? modelType)
        }
        if let name = architectures.first(where: { !$0.hasPrefix("Wav2Vec2") && !$0.hasPrefix("Hubert") }) {
            throw ModelError.unsupportedArchitecture(file: file, name: name)
        }
        func fail(_ key: CodingKeys, _ detail: String) -> ModelError {
            .invalidConfiguration(file: file, key: key.rawValue, detail: detail)
        }
        for (key, value) in [(CodingKeys.hiddenSize, hiddenSize), (.numAttentionHeads, numAttentionHeads),
                             (.intermediateSize, intermediateSize), (.numConvPosEmbeddings, numConvPosEmbeddings),
                             (.numConvPosEmbeddingGroups, numConvPosEmbeddingGroups)] where value <= 0 {
            throw fail(key, "must be positive, got \(value)")
        }
        if numHiddenLayers < 0 { throw fail(.numHiddenLayers, "must not be negative, got \(numHiddenLayers)") }
        if hiddenSize % numAttentionHeads != 0 {
            throw fail(.numAttentionHeads, "\(numAttentionHeads) heads do not divide hidden_size \(hiddenSize)")
        }
        if hiddenSize % numConvPosEmbeddingGroups != 0 {
            throw fail(.numConvPosEmbeddingGroups, "\(numConvPosEmbeddingGroups) groups do not divide hidden_size \(hiddenSize)")
        }
        if convDim.isEmpty || convDim.count != convKernel.count || convDim.count != convStride.count {
            throw fail(.convDim, "conv_dim, conv_kernel and conv_stride must be non-empty and equally long")
        }
        if (convDim + convKernel + convStride).contains(where: { $0 <= 0 }) {
            throw fail(.convDim, "conv_dim, conv_kernel and conv_stride must be positive")
        }
        if !["group", "layer"].contains(featExtractNorm) { throw fail(.featExtractNorm, "must be 'group' or 'layer', got '\(featExtractNorm)'") }
        if Self.activation(named: hiddenAct) == nil { throw fail(.hiddenAct, "unknown activation '\(hiddenAct)'") }
        if Self.activation(named: featExtractActivation) == nil {
            throw fail(.featExtractActivation, "unknown activation '\(featExtractActivation)'")
        }
        if !(layerNormEps > 0) { throw fail(.layerNormEps, "must be positive") }
        if adapterAttnDim != nil { throw fail(.adapterAttnDim, "attention adapters are not supported") }
    }

    /// The feed-forward activation.
    public var hiddenActivation: Activation { Self.activation(named: hiddenAct) ?? .gelu }
    /// The feature-encoder and positional-convolution activation.
    public var featureActivation: Activation { Self.activation(named: featExtractActivation) ?? .gelu }

    /// The activation a transformers `ACT2FN` name denotes.
    static func activation(named name: String) -> Activation? {
        switch name {
        case "gelu": return .gelu
        case "gelu_new", "gelu_pytorch_tanh", "gelu_fast": return .geluTanh
        case "quick_gelu": return .quickGelu
        case "relu": return .relu
        case "silu", "swish": return .silu
        case "tanh": return .tanh
        case "linear": return .identity
        default: return nil
        }
    }
}
