import FormantNumerics

/// The convolutional feature encoder: raw audio to one vector per frame (Baevski et al. 2020, §2).
///
/// The first two convolutions run at the highest frame rates and hold the largest activations
/// (512 channels × 32 000 frames for 10 s), so they are streamed: blocks of the second layer's output are
/// computed from just the first-layer frames they need, and the first layer's group-norm statistics are
/// gathered in a pass of their own beforehand. The result is identical to running the layers one after the
/// other, with the first layer's output never held whole. Keys under `feature_extractor.conv_layers`.
public struct FeatureEncoder: Sendable {
    /// The convolutions, first to last.
    public var layers: [FeatureEncoderLayer]
    /// Output frames of the second layer computed per block.
    static let blockFrames = 1024

    init(_ store: ParameterStore, configuration c: Wav2Vec2Configuration) throws {
        layers = try c.convDim.indices.map { try FeatureEncoderLayer(store, index: $0, configuration: c) }
    }

    /// Maps audio `[samples, 1]` to features `[frames, conv_dim[-1]]`.
    public func forward(_ audio: Tensor) -> Tensor {
        guard layers.count >= 2 else { return layers.reduce(audio) { $1.forward($0) } }
        return layers.dropFirst(2).reduce(firstTwoLayers(audio)) { $1.forward($0) }
    }

    private func firstTwoLayers(_ audio: Tensor) -> Tensor {
        let (first, second) = (layers[0], layers[1])
        let (kernel0, stride0) = (first.kernel.shape[1], first.stride)
        let (kernel1, stride1) = (second.kernel.shape[1], second.stride)
        let frames0 = Tensor.convolutionFrames(audio.rowCount, kernel: kernel0, stride: stride0)
        let frames1 = Tensor.convolutionFrames(frames0, kernel: kernel1, stride: stride1)
        /// The first layer's convolution output for its frames `range`.
        func firstConvolution(_ range: Range<Int>) -> Tensor {
            first.convolve(audio.rows(range.lowerBound * stride0..<((range.upperBound - 1) * stride0 + kernel0)))
        }
        let blockOfFirst = Self.blockFrames * stride1
        var groupAffine: (scale: [Float], shift: [Float])?
        if case .group(let weight, let bias) = first.normalization {
            var sums = [Double](repeating: 0, count: weight.count)
            var squares = sums
            for start in Swift.stride(from: 0, to: frames0, by: blockOfFirst) {
                let moments = firstConvolution(start..<min(frames0, start + blockOfFirst)).channelMoments()
                for c in sums.indices {
                    sums[c] += moments.sums[c]
                    squares[c] += moments.squares[c]
                }
            }
            groupAffine = Tensor.groupNormalizationAffine(
                sums: sums, squares: squares, frames: frames0, groups: weight.count, weight: weight, bias: bias,
                epsilon: FeatureEncoderLayer.epsilon)
        }
        let width = second.kernel.shape[0]
        var output = Tensor(shape: [frames1, width], storage: Tensor.unfilledStorage(frames1 * width))
        for start in Swift.stride(from: 0, to: frames1, by: Self.blockFrames) {
            let end = min(frames1, start + Self.blockFrames)
            var hidden = firstConvolution(start * stride1..<((end - 1) * stride1 + kernel1))
            first.normalizeAndActivate(&hidden, groupAffine: groupAffine)
            let block = second.forward(hidden)
            output.storage.replaceSubrange(start * width..<end * width, with: block.storage)
        }
        return output
    }
}
