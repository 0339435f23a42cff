import FormantNumerics

/// The convolutional relative positional embedding added to the encoder input (Baevski et al. 2020, §2).
///
/// A grouped `Conv1d` of width `K = num_conv_pos_embeddings` over time with `K/2` zero frames of padding
/// on both sides, the last output frame dropped when `K` is even (so the output keeps the input length),
/// then the feature activation. The checkpoint stores the kernel weight-normalised over dim 2
/// (`w = g·v/‖v‖`, see `WeightSanitizer`); HuBERT's `conv_pos_batch_norm` variant instead batch-normalises
/// the input and stores a plain kernel. Keys under `encoder.pos_conv_embed`.
public struct PositionalConvEmbedding: Sendable {
    /// The kernel, `[hidden, K, hidden/groups]`.
    public var kernel: Tensor
    /// `[hidden]`.
    public var bias: Tensor
    /// Inference-time batch norm of the input as per-channel scale and shift, if present.
    public var inputNormalization: (scale: [Float], shift: [Float])?
    /// The number of convolution groups.
    public let groups: Int
    /// The activation applied last.
    public let activation: Activation

    init(_ store: ParameterStore, configuration c: Wav2Vec2Configuration) throws {
        let prefix = "encoder.pos_conv_embed"
        let (width, groups) = (c.hiddenSize, c.numConvPosEmbeddingGroups)
        kernel = try store.take("\(prefix).conv.weight", shape: [width, width / groups, c.numConvPosEmbeddings])
            .timeMajorKernel()
        bias = try store.take("\(prefix).conv.bias", shape: [width])
        self.groups = groups
        activation = c.featureActivation
        if c.isHubert && c.convPosBatchNorm {
            let norm = "\(prefix).batch_norm"
            let gamma = try store.take("\(norm).weight", shape: [width]).storage
            let beta = try store.take("\(norm).bias", shape: [width]).storage
            let mean = try store.take("\(norm).running_mean", shape: [width]).storage
            let variance = try store.take("\(norm).running_var", shape: [width]).storage
            let scale = (0..<width).map { gamma[$0] / (variance[$0] + 1e-5).squareRoot() }
            inputNormalization = (scale, (0..<width).map { beta[$0] - mean[$0] * scale[$0] })
        }
    }

    /// The positional embedding of `[frames, hidden]` states, of the same shape.
    public func forward(_ x: Tensor) -> Tensor {
        let input = inputNormalization.map { x.channelAffine(scale: $0.scale, shift: $0.shift) } ?? x
        let width = kernel.shape[1]
        var y = input.conv1d(weight: kernel, bias: bias, stride: 1, padding: width / 2, groups: groups)
        if width % 2 == 0 { y = y.rows(0..<(y.rowCount - 1)) }
        y.apply(activation)
        return y
    }
}
