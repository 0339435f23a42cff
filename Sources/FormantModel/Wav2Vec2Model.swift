import FormantNumerics

/// A wav2vec 2.0 (Baevski et al. 2020) or HuBERT (Hsu et al. 2021) encoder, ready to compute hidden states.
///
/// Audio (16 kHz mono) goes through the convolutional feature encoder (one frame per `hopLength`
/// samples, 20 ms for standard models), the feature projection and the transformer encoder; see
/// `Encoder` for exactly which tensors the hidden states are. Built from a checkpoint by
/// `load(from:)`, or untrained by `random(configuration:seed:)`. Immutable once built, so one model
/// may serve several threads.
public final class Wav2Vec2Model: @unchecked Sendable {
    /// Where a model's weights came from.
    public enum Origin: Equatable, Sendable {
        /// Loaded from these files of a checkpoint directory.
        case checkpoint(directory: String, files: [String])
        /// Randomly initialised with this seed: untrained.
        case random(seed: UInt64)
    }

    /// The architecture's configuration.
    public let configuration: Wav2Vec2Configuration
    /// How audio is prepared before the feature encoder.
    public let preprocessing: Preprocessing
    /// Where the weights came from.
    public let origin: Origin
    /// The convolutional feature encoder.
    public let featureEncoder: FeatureEncoder
    /// The projection to the encoder width.
    public let featureProjection: FeatureProjection
    /// The transformer encoder.
    public let encoder: Encoder
    /// Tensors of task heads the checkpoint carried (`lm_head.weight`, `quantizer.codevectors`, …), unused here.
    public let heads: [String: Tensor]
    /// The number of encoder parameters (heads excluded).
    public let parameterCount: Int

    /// Builds the model from sanitized parameters (see `sanitize(weights:configuration:source:)`);
    /// every parameter must be used and of the right shape.
    public init(
        configuration: Wav2Vec2Configuration, parameters: ParameterStore, heads: [String: Tensor] = [:],
        preprocessing: Preprocessing = Preprocessing(), origin: Origin
    ) throws {
        try configuration.validate(file: parameters.source)
        self.configuration = configuration
        self.preprocessing = preprocessing
        self.origin = origin
        self.heads = heads
        featureEncoder = try FeatureEncoder(parameters, configuration: configuration)
        featureProjection = try FeatureProjection(parameters, configuration: configuration)
        encoder = try Encoder(parameters, configuration: configuration)
        parameterCount = parameters.parameterCount
        try parameters.finish()
    }

    /// The number of transformer layers; hidden states are numbered `0...layerCount`.
    public var layerCount: Int { configuration.numHiddenLayers }

    /// The width of every hidden state.
    public var width: Int { configuration.hiddenSize }

    /// Whether the weights are random rather than trained.
    public var isRandom: Bool {
        if case .random = origin { return true }
        return false
    }

    /// The architecture's name: the checkpoint's class (`Wav2Vec2ForCTC`), or the base model's.
    public var architectureName: String {
        configuration.architectures.first ?? (configuration.isHubert ? "HubertModel" : "Wav2Vec2Model")
    }
}
