import FormantNumerics

/// The shape and options of a wav2vec 2.0 or HuBERT encoder, decoded from a Hugging Face `config.json`.
///
/// Coding keys are the `config.json` names; keys left out take the defaults of transformers'
/// `Wav2Vec2Config` (the wav2vec2-base shape). Only the options that change inference are kept.
public struct Wav2Vec2Configuration: Codable, Equatable, Sendable {
    /// `model_type`: `wav2vec2` or `hubert`.
    public var modelType: String = "wav2vec2"
    /// `architectures`: the class names the checkpoint was saved from (`Wav2Vec2ForCTC`, …).
    public var architectures: [String] = []
    /// Width of every encoder state.
    public var hiddenSize: Int = 768
    /// Number of transformer layers (the model has `numHiddenLayers + 1` hidden states).
    public var numHiddenLayers: Int = 12
    /// Attention heads per layer; must divide `hiddenSize`.
    public var numAttentionHeads: Int = 12
    /// Width of the feed-forward block.
    public var intermediateSize: Int = 3072
    /// Activation of the feed-forward block (`gelu`, `gelu_new`, `relu`, `silu`, …).
    public var hiddenAct: String = "gelu"
    /// Activation of the convolutional feature encoder and of the positional convolution.
    public var featExtractActivation: String = "gelu"
    /// `group`: group norm after the first convolution only; `layer`: layer norm after every convolution.
    public var featExtractNorm: String = "group"
    /// Output channels of each feature-encoder convolution.
    public var convDim: [Int] = [512, 512, 512, 512, 512, 512, 512]
    /// Kernel width of each feature-encoder convolution.
    public var convKernel: [Int] = [10, 3, 3, 3, 3, 2, 2]
    /// Stride of each feature-encoder convolution (their product is the hop, 320 samples = 20 ms).
    public var convStride: [Int] = [5, 2, 2, 2, 2, 2, 2]
    /// Whether the feature-encoder convolutions have biases.
    public var convBias: Bool = false
    /// Kernel width of the positional convolution.
    public var numConvPosEmbeddings: Int = 128
    /// Groups of the positional convolution.
    public var numConvPosEmbeddingGroups: Int = 16
    /// Pre-layer-norm transformer ("stable layer norm", large models) instead of post-layer-norm.
    public var doStableLayerNorm: Bool = false
    /// Epsilon of the encoder's layer norms.
    public var layerNormEps: Float = 1e-5
    /// HuBERT: whether the feature projection starts with a layer norm (wav2vec 2.0 always has one).
    public var featProjLayerNorm: Bool = true
    /// HuBERT: batch norm before the positional convolution, which then has no weight norm.
    public var convPosBatchNorm: Bool = false
    /// An adapter inside each attention block (`adapter_attn_dim`); not supported.
    public var adapterAttnDim: Int?

    enum CodingKeys: String, CodingKey {
        case modelType = "model_type", architectures, hiddenSize = "hidden_size"
        case numHiddenLayers = "num_hidden_layers", numAttentionHeads = "num_attention_heads"
        case intermediateSize = "intermediate_size", hiddenAct = "hidden_act"
        case featExtractActivation = "feat_extract_activation", featExtractNorm = "feat_extract_norm"
        case convDim = "conv_dim", convKernel = "conv_kernel", convStride = "conv_stride", convBias = "conv_bias"
        case numConvPosEmbeddings = "num_conv_pos_embeddings"
        case numConvPosEmbeddingGroups = "num_conv_pos_embedding_groups"
        case doStableLayerNorm = "do_stable_layer_norm", layerNormEps = "layer_norm_eps"
        case featProjLayerNorm = "feat_proj_layer_norm", convPosBatchNorm = "conv_pos_batch_norm"
        case adapterAttnDim = "adapter_attn_dim"
    }

    /// The wav2vec2-base configuration, changed by `body`.
    public init(_ body: (inout Wav2Vec2Configuration) -> Void = { _ in }) {
        body(&self)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func read<T: Decodable>(_ key: CodingKeys, _ value: inout T) throws {
            if let decoded = try c.decodeIfPresent(T.self, forKey: key) { value = decoded }
        }
        try read(.modelType, &modelType)
        try read(.architectures, &architectures)
        try read(.hiddenSize, &hiddenSize)
        try read(.numHiddenLayers, &numHiddenLayers)
        try read(.numAttentionHeads, &numAttentionHeads)
        try read(.intermediateSize, &intermediateSize)
        try read(.hiddenAct, &hiddenAct)
        try read(.featExtractActivation, &featExtractActivation)
        try read(.featExtractNorm, &featExtractNorm)
        try read(.convDim, &convDim)
        try read(.convKernel, &convKernel)
        try read(.convStride, &convStride)
        try read(.convBias, &convBias)
        try read(.numConvPosEmbeddings, &numConvPosEmbeddings)
        try read(.numConvPosEmbeddingGroups, &numConvPosEmbeddingGroups)
        try read(.doStableLayerNorm, &doStableLayerNorm)
        try read(.layerNormEps, &layerNormEps)
        try read(.featProjLayerNorm, &featProjLayerNorm)
        try read(.convPosBatchNorm, &convPosBatchNorm)
        adapterAttnDim = try c.decodeIfPresent(Int.self, forKey: .adapterAttnDim)
    }

    /// Whether this is a HuBERT model (whose feature projection and positional convolution have options).
    public var isHubert: Bool { modelType == "hubert" }

    /// The number of audio samples between consecutive frames (the product of the strides).
    public var hopLength: Int { convStride.reduce(1, *) }

    /// The number of audio samples one frame sees (the feature encoder's receptive field).
    public var receptiveField: Int {
        zip(convKernel, convStride).reversed().reduce(1) { field, layer in (field - 1) * layer.1 + layer.0 }
    }

    /// The number of frames the feature encoder makes of `samples` audio samples.
    public func frameCount(samples: Int) -> Int {
        zip(convKernel, convStride).reduce(samples) { Tensor.convolutionFrames($0, kernel: $1.0, stride: $1.1) }
    }
}
