import FormantCorpus

// Corpus recordings and utterances as model input: `model.hiddenStates(utterance)`.

extension Audio: AudioSamplesConvertible {
    /// The samples, resampled to the 16 kHz models expect when recorded at another rate.
    public func audioSamples() throws -> [Float] {
        sampleRate == Audio.modelSampleRate ? samples : try resampled(to: Audio.modelSampleRate).samples
    }
}

extension Utterance: AudioSamplesConvertible {
    /// The utterance's recording, read from disk, at 16 kHz.
    public func audioSamples() throws -> [Float] {
        try audio().audioSamples()
    }
}
