import FormantCore
import FormantNumerics

extension Wav2Vec2Model {
    /// The feature-encoder output and hidden states of one utterance of 16 kHz mono audio.
    ///
    /// - Parameters:
    ///   - audio: The samples, as `[Float]` in [-1, 1]; normalised first when the preprocessor asks for it.
    ///   - layers: The hidden states wanted (indices in `0...layerCount`), returned in the order given,
    ///     repeats included; `nil` for all. The forward pass stops after the highest one requested.
    /// - Throws: `ModelError.invalidAudio` for audio shorter than one frame or not finite,
    ///   `ModelError.invalidLayer` for an index out of range.
    public func hiddenStates(_ audio: [Float], layers: [Int]? = nil) throws -> HiddenStates {
        let wanted = try requestedLayers(layers)
        try check(audio)
        let features = featureEncoderOutput(preprocessing.apply(audio))
        var computed: [Int: Tensor] = [:]
        encoder.forward(featureProjection.forward(features), through: wanted.max() ?? 0) { index, state in
            if wanted.contains(index) { computed[index] = state }
        }
        return HiddenStates(features: features, layers: wanted, states: wanted.compactMap { computed[$0] })
    }

    /// Hidden states of many utterances, one after the other, reporting progress after each and
    /// stopping at an utterance boundary when `context` is cancelled.
    public func hiddenStates(
        batch: [[Float]], layers: [Int]? = nil, context: OperationContext = .silent
    ) throws -> [HiddenStates] {
        _ = try requestedLayers(layers)
        var results: [HiddenStates] = []
        results.reserveCapacity(batch.count)
        try context.step("utterances", completed: 0, total: batch.count)
        for (index, audio) in batch.enumerated() {
            do { results.append(try hiddenStates(audio, layers: layers)) } catch ModelError.invalidAudio(let detail) {
                throw ModelError.invalidAudio(detail: "utterance \(index): \(detail)")
            }
            try context.step("utterances", completed: index + 1, total: batch.count)
        }
        return results
    }

    /// The convolutional feature encoder's output for prepared audio, `[frames, conv_dim[-1]]`.
    func featureEncoderOutput(_ audio: [Float]) -> Tensor {
        featureEncoder.forward(Tensor(shape: [audio.count, 1], storage: audio))
    }

    /// The requested indices, checked, or all of them.
    func requestedLayers(_ layers: [Int]?) throws -> [Int] {
        guard let layers else { return Array(0...layerCount) }
        if let bad = layers.first(where: { $0 < 0 || $0 > layerCount }) {
            throw ModelError.invalidLayer(requested: bad, layerCount: layerCount)
        }
        return layers
    }

    private func check(_ audio: [Float]) throws {
        let minimum = configuration.receptiveField
        guard audio.count >= minimum else {
            throw ModelError.invalidAudio(
                detail: "\(audio.count) samples is shorter than one frame (\(minimum) samples at \(preprocessing.samplingRate) Hz)")
        }
        if let bad = audio.firstIndex(where: { !$0.isFinite }) {
            throw ModelError.invalidAudio(detail: "sample \(bad) is \(audio[bad])")
        }
    }
}
