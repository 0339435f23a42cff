import FormantNumerics

/// The transformer encoder: positional embedding, then the layers; keys under `encoder`.
///
/// Hidden states as transformers numbers them (`output_hidden_states=True`), `N` the number of layers:
/// - post-layer-norm: state 0 is `LN(x + pos(x))` (`encoder.layer_norm`), state `i` the output of layer `i`;
/// - stable layer norm: state 0 is `x + pos(x)`, before any layer norm; state `i < N` the output of layer `i`,
///   and state `N` the last layer's output after `encoder.layer_norm` (the model's `last_hidden_state`).
public struct Encoder: Sendable {
    /// The convolutional positional embedding.
    public var positional: PositionalConvEmbedding
    /// `encoder.layer_norm`: applied before the layers (post-LN) or after them (stable).
    public var layerNorm: LayerNorm
    /// The transformer layers.
    public var layers: [EncoderLayer]
    /// Whether the model uses stable (pre-) layer norm.
    public let stable: Bool

    init(_ store: ParameterStore, configuration c: Wav2Vec2Configuration) throws {
        positional = try PositionalConvEmbedding(store, configuration: c)
        layerNorm = try LayerNorm(store, "encoder.layer_norm", features: c.hiddenSize, epsilon: c.layerNormEps)
        layers = try (0..<c.numHiddenLayers).map { try EncoderLayer(store, index: $0, configuration: c) }
        stable = c.doStableLayerNorm
    }

    /// Runs the encoder on projected features `[frames, hidden]` up to hidden state `last`, handing
    /// every state `0...last` to `visit` as it is computed; later layers are not run.
    public func forward(_ x: Tensor, through last: Int, visit: (Int, Tensor) throws -> Void) rethrows {
        precondition(last >= 0 && last <= layers.count, "hidden state \(last) of 0...\(layers.count)")
        var h = x + positional.forward(x)
        if !stable { h = layerNorm.forward(h) }
        try visit(0, h)
        for index in 0..<last {
            h = layers[index].forward(h)
            let isFinal = index + 1 == layers.count
            try visit(index + 1, stable && isFinal ? layerNorm.forward(h) : h)
        }
    }
}
