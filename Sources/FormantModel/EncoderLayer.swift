import FormantNumerics

/// One transformer layer of the encoder, keys under `encoder.layers.<i>`.
///
/// Post-layer-norm (base models): `h = LN₁(x + Attn(x))`, `y = LN₂(h + FF(h))`.
/// Stable layer norm (pre-LN, large models): `h = x + Attn(LN₁(x))`, `y = h + FF(LN₂(h))`.
/// `LN₁` is `layer_norm`, `LN₂` is `final_layer_norm`.
public struct EncoderLayer: Sendable {
    /// Self-attention.
    public var attention: SelfAttention
    /// `layer_norm`.
    public var layerNorm: LayerNorm
    /// The feed-forward block.
    public var feedForward: FeedForward
    /// `final_layer_norm`.
    public var finalLayerNorm: LayerNorm
    /// Whether the layer norms come before the blocks (stable layer norm).
    public let preNormalized: Bool

    init(_ store: ParameterStore, index: Int, configuration c: Wav2Vec2Configuration) throws {
        let prefix = "encoder.layers.\(index)"
        attention = try SelfAttention(store, "\(prefix).attention", width: c.hiddenSize, heads: c.numAttentionHeads)
        layerNorm = try LayerNorm(store, "\(prefix).layer_norm", features: c.hiddenSize, epsilon: c.layerNormEps)
        feedForward = try FeedForward(store, "\(prefix).feed_forward", configuration: c)
        finalLayerNorm = try LayerNorm(store, "\(prefix).final_layer_norm", features: c.hiddenSize, epsilon: c.layerNormEps)
        preNormalized = c.doStableLayerNorm
    }

    /// Maps `[frames, hidden]` states to the next layer's.
    public func forward(_ x: Tensor) -> Tensor {
        if preNormalized {
            var h = x
            h += attention.forward(layerNorm.forward(x))
            h += feedForward.forward(finalLayerNorm.forward(h))
            return h
        }
        var h = x
        h += attention.forward(x)
        h = layerNorm.forward(h)
        h += feedForward.forward(h)
        return finalLayerNorm.forward(h)
    }
}
