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
            normalization = .layer(try LayerNorm(store, "\(prefix).layer_norm", features: output, epsilon: Self.epsilon))
        } else if index == 0 {
            normalization = .group(weight: try store.take("\(prefix).layer_norm.weight", shape: [output]),
                                   bias: try store.take("\(prefix).layer_norm.bias", shape: [output]))
        } else {
            normalization = .none
        }
    }

    /// Maps `[frames, in]` to `[frames', out]`.
    public func forward(_ x: Tensor) -> Tensor {
        var y = convolve(x)
        normalizeAndActivate(&y)
        return y
    }

    /// The convolution alone.
    public func convolve(_ x: Tensor) -> Tensor {
        x.conv1d(weight: kernel, bias: bias, stride: stride)
    }

    /// The normalisation and the activation, in place. A group norm uses `groupAffine` (per-channel scale
    /// and shift from statistics over the whole utterance) when given, else the statistics of `y` itself.
    public func normalizeAndActivate(_ y: inout Tensor, groupAffine: (scale: [Float], shift: [Float])? = nil) {
        switch normalization {
        case .none: y.apply(activation)
        case .group(let weight, let bias):
            if let groupAffine {
                y.applyChannelAffine(scale: groupAffine.scale, shift: groupAffine.shift, then: activation)
            } else {
                y.groupNormalize(groups: weight.count, weight: weight, bias: bias, epsilon: Self.epsilon, then: activation)
            }
        case .layer(let norm):
            y.layerNormalize(weight: norm.weight, bias: norm.bias, epsilon: norm.epsilon)
            y.apply(activation)
        }
    }

    /// ε of the feature encoder's norms (PyTorch's default).
    static let epsilon: Float = 1e-5
}
