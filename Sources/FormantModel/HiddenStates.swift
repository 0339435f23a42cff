import FormantNumerics

/// What the model computes for one utterance: the feature-encoder output and the requested hidden states.
public struct HiddenStates: Sendable {
    /// The convolutional feature encoder's output, `[frames, conv_dim[-1]]` (20 ms hop for standard models).
    public let features: Tensor
    /// The hidden-state indices, in the order requested (`0...layerCount` when all were requested).
    public let layers: [Int]
    /// The hidden states, `[frames, hidden]` each, in the order of `layers`.
    public let states: [Tensor]

    /// The hidden state `layer`, or `nil` if it was not requested.
    ///
    /// Empty `layers` (a request for none) gives no states but still the features.
    public subscript(layer: Int) -> Tensor? {
        layers.firstIndex(of: layer).map { states[$0] }
    }

    /// The number of frames.
    public var frameCount: Int { features.rowCount }
}
