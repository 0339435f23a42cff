import FormantNumerics

/// One convolution of the feature encoder: `Conv1d`, an optional normalisation, then the activation.
///
/// Keys: `conv.weight` `[out, in, kernel]`, `conv.bias` (when `conv_bias`), and `layer_norm.weight/bias`
/// for a group norm (first layer of `feat_extract_norm = group`) or a per-frame layer norm (every layer of
/// `feat_extract_norm = layer`). Both norms use ε = 1e-5, PyTorch's default.
public struct FeatureEncoderLayer: Sendable {
    /// How the convolution output is normalised.
    public enum Normalization: Sendable {
        case none
        /// Per-channel normalisation over time (`nn.GroupNorm` with one group per channel).
        case group(weight: Tensor, bias: Tensor)
        /// Normalisation of each frame over channels.
        case layer(LayerNorm)
    }

    /// The kernel in `[out, kernel, in]` layout (see `Tensor.timeMajorKernel()`).
    public var kernel: Tensor
    /// `[out]` or `nil`.
    public var bias: Tensor?
    /// The normalisation after the convolution.
    public var normalization: Normalization
    /// The convolution stride.
    public let stride: Int
    /// The activation applied last.
    public let activation: Activation

    /// Takes layer `index`'s parameters (under `feature_extractor.conv_layers.<index>`) from the store.
    init(_ store: ParameterStore, index: Int, configuration c: Wav2Vec2Configuration) throws {
        let prefix = "feature_extractor.conv_layers.\(index)"
        let input = index == 0 ? 1 : c.convDim[index - 1]
        let output = c.convDim[index]
        kernel = try store.take("\(prefix).conv.weight", shape: [output, input, c.convKernel[index]]).timeMajorKernel()
        bias = try store.take("\(prefix).conv.bias", shape: [output], if: c.convBias)
        stride = c.convStride[index]
        activation = c.featureActivation
        if c.featExtractNorm == "layer" {
            normalization = .layer(try LayerNorm(store, "\(prefix).layer_norm", features: output, epsilon: 1e-5))
        } else if index == 0 {
            normalization = .group(weight: try store.take("\(prefix).layer_norm.weight", shape: [output]),
                                   bias: try store.take("\(prefix).layer_norm.bias", shape: [output]))
        } else {
            normalization = .none
        }
    }

    /// Maps `[frames, in]` to `[frames', out]`.
    public func forward(_ x: Tensor) -> Tensor {
        var y = x.conv1d(weight: kernel, bias: bias, stride: stride)
        switch normalization {
        case .none: break
        case .group(let weight, let bias):
            y = y.groupNormalized(groups: weight.count, weight: weight, bias: bias, epsilon: 1e-5)
        case .layer(let norm): y = norm.forward(y)
        }
        y.apply(activation)
        return y
    }
}
