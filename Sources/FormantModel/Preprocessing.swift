/// How raw audio is prepared before the model sees it, as `preprocessor_config.json` says
/// (transformers' `Wav2Vec2FeatureExtractor`).
public struct Preprocessing: Codable, Equatable, Sendable {
    /// Whether each utterance is normalised to zero mean and unit variance: `(x − μ)/√(σ² + 10⁻⁷)`.
    public var doNormalize: Bool
    /// The sampling rate the model expects, in Hz.
    public var samplingRate: Int

    enum CodingKeys: String, CodingKey {
        case doNormalize = "do_normalize", samplingRate = "sampling_rate"
    }

    /// Preprocessing with the given options (raw 16 kHz audio by default).
    public init(doNormalize: Bool = false, samplingRate: Int = 16000) {
        self.doNormalize = doNormalize
        self.samplingRate = samplingRate
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        doNormalize = try c.decodeIfPresent(Bool.self, forKey: .doNormalize) ?? true
        samplingRate = try c.decodeIfPresent(Int.self, forKey: .samplingRate) ?? 16000
    }

    /// `audio` as the model expects it: normalised per utterance when `doNormalize`, otherwise unchanged.
    public func apply(_ audio: [Float]) -> [Float] {
        guard doNormalize, !audio.isEmpty else { return audio }
        let n = Double(audio.count)
        let mean = audio.reduce(0.0) { $0 + Double($1) } / n
        let variance = audio.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / n
        let inverse = 1 / (variance + 1e-7).squareRoot()
        return audio.map { Float((Double($0) - mean) * inverse) }
    }
}
