import Foundation
import FormantCore

/// The settings of a synthetic Mandarin corpus.
public struct SyntheticCorpusOptions: Sendable {
    /// Number of speakers (alternately female and male: S0001 F, S0002 M, …).
    public var speakers: Int
    /// Utterances per speaker.
    public var utterancesPerSpeaker: Int
    /// Seed fixing every random choice: the same seed writes the same corpus.
    public var seed: UInt64
    /// Mean utterance length in seconds.
    public var utteranceDuration: Double
    /// Signal-to-noise ratio of the added white background noise (dB), or `nil` for none.
    public var snr: Double?
    /// Fractions of speakers (per sex) put in the dev and test partitions.
    public var devFraction: Double
    public var testFraction: Double

    /// Options with the documented defaults: 3 s utterances, 30 dB SNR, 10 % dev and 10 % test speakers.
    public init(
        speakers: Int = 20, utterancesPerSpeaker: Int = 20, seed: UInt64 = 1, utteranceDuration: Double = 3,
        snr: Double? = 30, devFraction: Double = 0.1, testFraction: Double = 0.1
    ) {
        self.speakers = speakers
        self.utterancesPerSpeaker = utterancesPerSpeaker
        self.seed = seed
        self.utteranceDuration = utteranceDuration
        self.snr = snr
        self.devFraction = devFraction
        self.testFraction = testFraction
    }
}

extension Corpus {
    /// Name of the marker file identifying a directory written by `synthetic`, which may be overwritten.
    static let syntheticMarker = "formant-synthetic.txt"

    /// Synthesises a Mandarin corpus into `directory` in the AISHELL-1 layout (WAVs, transcript,
    /// speaker.info, and TextGrids with `words` and `phones` tiers under `alignments/`), then loads it
    /// through the AISHELL-1 loader. Refuses a non-empty directory it did not write itself.
    public static func synthetic(
        _ options: SyntheticCorpusOptions, directory: String, context: OperationContext = .silent
    ) throws -> Corpus {
        try validate(options)
        try prepare(directory)
        var generator = SeededGenerator(seed: options.seed)
        let profiles = (0..<options.speakers).map { index in
            SpeakerProfile.random(id: String(format: "S%04d", index + 1), sex: index % 2 == 0 ? .female : .male, using: &generator)
        }
        let splits = assignSplits(profiles.map(\.speaker), dev: options.devFraction, test: options.testFraction, using: &generator)
        var transcript: [String] = []
        let perSpeaker = options.utterancesPerSpeaker
        for (speakerIndex, profile) in profiles.enumerated() {
            try context.step("synthesising", completed: speakerIndex * perSpeaker, total: profiles.count * perSpeaker)
            let folder = CorpusFiles.join(directory, "data_aishell/wav", (splits[profile.speaker.id] ?? .train).rawValue, profile.speaker.id)
            transcript += try parallelMap(1...perSpeaker) { number in
                let id = "SYN000\(profile.speaker.id)W\(String(format: "%04d", number))"
                var random = SeededGenerator(seed: options.seed &* 0x9E37_79B9 &+ UInt64(speakerIndex) << 20 &+ UInt64(number))
                let (audio, plan) = synthesise(profile: profile, options: options, random: &random)
                try audio.write(path: CorpusFiles.join(folder, id + ".wav"))
                try plan.textGrid.write(path: CorpusFiles.join(directory, "alignments", profile.speaker.id, id + ".TextGrid"))
                return id + " " + plan.syllables.joined(separator: " ")
            }
        }
        let total = profiles.count * perSpeaker
        try context.step("synthesising", completed: total, total: total)
        try CorpusFiles.write(Data((transcript.joined(separator: "\n") + "\n").utf8), to: CorpusFiles.join(directory, "data_aishell/transcript/aishell_transcript_v0.8.txt"))
        let info = profiles.map { "\($0.speaker.id.dropFirst()) \($0.speaker.sex.rawValue)" }.joined(separator: "\n") + "\n"
        try CorpusFiles.write(Data(info.utf8), to: CorpusFiles.join(directory, "resource_aishell/speaker.info"))
        return try aishell(path: directory, alignments: CorpusFiles.join(directory, "alignments"), name: "synthetic", context: context)
    }

    /// One utterance for `profile`: the plan, rendered, with background noise at the chosen SNR, peak-normalised.
    static func synthesise(
        profile: SpeakerProfile, options: SyntheticCorpusOptions, random: inout SeededGenerator
    ) -> (Audio, UtterancePlan) {
        let rate = Double(Audio.modelSampleRate)
        let plan = UtterancePlanner(profile: profile).plan(duration: options.utteranceDuration, random: &random)
        var samples = SourceFilterSynthesizer(profile: profile, sampleRate: rate).render(plan, random: &random)
        if let snr = options.snr {
            let speech = plan.words.flatMap { Int($0.xmin * rate)..<min(samples.count, Int($0.xmax * rate)) }
            let power = speech.reduce(0.0) { $0 + Double(samples[$1] * samples[$1]) } / Double(max(1, speech.count))
            let amplitude = (3 * power / pow(10, snr / 10)).squareRoot()  // uniform noise on [−a, a] has power a²/3
            for n in samples.indices { samples[n] += Float(amplitude * (random.uniform() * 2 - 1)) }
        }
        let peak = samples.reduce(0) { max($0, abs($1)) }
        if peak > 0 { samples = samples.map { $0 * 0.8 / peak } }
        return (Audio(samples: samples, sampleRate: Audio.modelSampleRate), plan)
    }

    /// `transform` applied to every element on all cores, results in order; the first error is rethrown.
    private static func parallelMap<T>(_ items: ClosedRange<Int>, _ transform: (Int) throws -> T) throws -> [T] {
        let elements = Array(items)
        var results = [Result<T, Error>?](repeating: nil, count: elements.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            let result = Result { try transform(elements[index]) }
            lock.withLock { results[index] = result }
        }
        return try results.map { try $0!.get() }
    }

    private static func validate(_ options: SyntheticCorpusOptions) throws {
        guard options.speakers > 0, options.speakers <= 9_999 else {
            throw CorpusError.invalidParameter(name: "speakers", reason: "\(options.speakers) must be in 1...9999")
        }
        guard options.utterancesPerSpeaker > 0, options.utterancesPerSpeaker <= 9_999 else {
            throw CorpusError.invalidParameter(name: "utterancesPerSpeaker", reason: "\(options.utterancesPerSpeaker) must be in 1...9999")
        }
        guard options.utteranceDuration >= 1, options.utteranceDuration <= 60 else {
            throw CorpusError.invalidParameter(name: "utterance duration", reason: "\(options.utteranceDuration) s must be in 1...60")
        }
        if let snr = options.snr, !snr.isFinite {
            throw CorpusError.invalidParameter(name: "snr", reason: "\(snr) dB is not a finite number")
        }
    }

    /// Creates `directory`, or clears one an earlier `synthetic` call wrote; refuses other non-empty directories.
    private static func prepare(_ directory: String) throws {
        let manager = FileManager.default
        if let contents = CorpusFiles.list(directory), !contents.isEmpty {
            guard contents.contains(syntheticMarker) else {
                throw CorpusError.writeFailed(path: directory, reason: "directory is not empty and was not written by Corpus.synthetic")
            }
            for name in ["data_aishell", "resource_aishell", "alignments"] {
                try? manager.removeItem(atPath: CorpusFiles.join(directory, name))
            }
        }
        try CorpusFiles.write(Data("Synthetic Mandarin corpus written by Formant; safe to delete.\n".utf8), to: CorpusFiles.join(directory, syntheticMarker))
    }
}
