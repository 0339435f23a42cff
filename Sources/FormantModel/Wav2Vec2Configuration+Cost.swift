extension Wav2Vec2Configuration {
    /// The floating-point operations of one forward pass over `samples` audio samples up to hidden state
    /// `last` (all layers when `nil`), counting `2·m·n·k` per matrix product (convolutions, projections,
    /// attention scores and weighted sums) and ignoring the element-wise work, which is O(frames·width).
    public func forwardFLOPs(samples: Int, through last: Int? = nil) -> Double {
        var flops = 0.0
        var length = samples
        var channels = 1
        for (index, width) in convDim.enumerated() {
            length = frameCount(samples: samples, layers: index + 1)
            flops += 2 * Double(length) * Double(width) * Double(channels * convKernel[index])
            channels = width
        }
        let (t, h) = (Double(length), Double(hiddenSize))
        flops += 2 * t * h * Double(channels)
        flops += 2 * t * h * (h / Double(numConvPosEmbeddingGroups)) * Double(numConvPosEmbeddings)
        let perLayer = 2 * t * h * 4 * h + 4 * t * t * h + 4 * t * h * Double(intermediateSize)
        return flops + perLayer * Double(min(last ?? numHiddenLayers, numHiddenLayers))
    }

    /// The number of frames after the first `layers` feature-encoder convolutions.
    func frameCount(samples: Int, layers: Int) -> Int {
        Wav2Vec2Configuration { $0.convKernel = Array(convKernel.prefix(layers)); $0.convStride = Array(convStride.prefix(layers)) }
            .frameCount(samples: samples)
    }
}
