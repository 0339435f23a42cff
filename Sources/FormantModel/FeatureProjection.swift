import FormantNumerics

/// The map from feature-encoder channels to the encoder width: layer norm (always for wav2vec 2.0,
/// `feat_proj_layer_norm` for HuBERT) then a linear projection. Keys under `feature_projection`.
public struct FeatureProjection: Sendable {
    /// The layer norm over the feature-encoder channels, if any.
    public var layerNorm: LayerNorm?
    /// The projection to `hidden_size`.
    public var projection: Linear

    init(_ store: ParameterStore, configuration c: Wav2Vec2Configuration) throws {
        let features = c.convDim[c.convDim.count - 1]
        let normed = !c.isHubert || c.featProjLayerNorm
        layerNorm = normed
            ? try LayerNorm(store, "feature_projection.layer_norm", features: features, epsilon: c.layerNormEps) : nil
        projection = try Linear(store, "feature_projection.projection", input: features, output: c.hiddenSize)
    }

    /// Maps `[frames, conv_dim[-1]]` to `[frames, hidden_size]`.
    public func forward(_ x: Tensor) -> Tensor {
        projection.forward(layerNorm?.forward(x) ?? x)
    }
}
