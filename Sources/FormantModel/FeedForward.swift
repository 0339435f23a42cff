import FormantNumerics

/// The position-wise feed-forward block: `output_dense(act(intermediate_dense(x)))`, keys under `<prefix>.feed_forward`.
public struct FeedForward: Sendable {
    /// `[intermediate, hidden]`.
    public var intermediate: Linear
    /// `[hidden, intermediate]`.
    public var output: Linear
    /// The activation between the two (`hidden_act`).
    public let activation: Activation

    init(_ store: ParameterStore, _ prefix: String, configuration c: Wav2Vec2Configuration) throws {
        intermediate = try Linear(store, "\(prefix).intermediate_dense", input: c.hiddenSize, output: c.intermediateSize)
        output = try Linear(store, "\(prefix).output_dense", input: c.intermediateSize, output: c.hiddenSize)
        activation = c.hiddenActivation
    }

    /// Maps `[frames, hidden]` to `[frames, hidden]`.
    public func forward(_ x: Tensor) -> Tensor {
        var h = intermediate.forward(x)
        h.apply(activation)
        return output.forward(h)
    }
}
