/// A mono recording: samples in [-1, 1] at a sample rate, what models and the synthesiser exchange.
///
/// `Audio.read` turns any supported WAV file into the 16 kHz mono signal wav2vec 2.0 expects.
public struct Audio: Equatable, Sendable {
    /// The sample rate wav2vec 2.0 models are trained on.
    public static let modelSampleRate = 16_000

    /// The samples, nominally in [-1, 1].
    public var samples: [Float]
    /// Samples per second.
    public var sampleRate: Int

    /// A recording of `samples` at `sampleRate` Hz.
    public init(samples: [Float], sampleRate: Int) {
        self.samples = samples
        self.sampleRate = sampleRate
    }

    /// The length in seconds.
    public var duration: Double { sampleRate > 0 ? Double(samples.count) / Double(sampleRate) : 0 }

    /// This recording at `rate` Hz, through the band-limited resampler (unchanged if already at `rate`).
    public func resampled(to rate: Int) throws -> Audio {
        if rate == sampleRate { return self }
        let resampler = try Resampler(from: sampleRate, to: rate)
        return Audio(samples: resampler.process(samples), sampleRate: rate)
    }
}

extension Audio: CustomStringConvertible {
    /// `Audio (3.02 s, 16000 Hz)`.
    public var description: String { "Audio (\((duration * 100).rounded() / 100) s, \(sampleRate) Hz)" }
}
