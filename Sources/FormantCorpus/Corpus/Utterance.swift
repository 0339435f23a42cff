import Foundation

/// One recording of a corpus with its speaker, transcript and (optionally) forced alignment.
///
/// Only paths are kept at indexing time: the WAV header, the samples and the TextGrid are read
/// when first asked for (the header and the alignment are then cached), so a corpus of 141,600
/// utterances indexes in well under two seconds.
public final class Utterance: @unchecked Sendable {
    /// The utterance id (`BAC009S0002W0122`).
    public let id: String
    /// Who speaks.
    public let speaker: Speaker
    /// The corpus partition the utterance came from, if the layout has one.
    public let split: CorpusSplit?
    /// The transcript line's text (words separated by spaces).
    public let transcript: String
    /// Path of the WAV file.
    public let audioPath: String
    /// Path of the TextGrid, when the corpus was loaded with alignments.
    public let alignmentPath: String?

    private var cachedHeader: WAVHeader?
    private var cachedAlignment: TextGrid?

    /// An utterance whose audio (and alignment) lie at the given paths.
    public init(
        id: String, speaker: Speaker, split: CorpusSplit?, transcript: String, audioPath: String, alignmentPath: String?
    ) {
        self.id = id
        self.speaker = speaker
        self.split = split
        self.transcript = transcript
        self.audioPath = audioPath
        self.alignmentPath = alignmentPath
    }

    /// Locks guarding the caches, shared by all utterances (one per utterance would cost 141,600 mutexes).
    private static let locks = (0..<64).map { _ in NSLock() }
    private var lock: NSLock { Utterance.locks[Int(UInt(bitPattern: ObjectIdentifier(self).hashValue) % 64)] }

    /// The WAV header (read once).
    public func header() throws -> WAVHeader {
        if let cached = lock.withLock({ cachedHeader }) { return cached }
        let header = try WAVHeader.read(path: audioPath)
        lock.withLock { cachedHeader = header }
        return header
    }

    /// The duration in seconds, from the WAV header.
    public func duration() throws -> Double { try header().duration }

    /// The recording as 16 kHz mono, read from disk on each call (not cached, to bound memory).
    public func audio() throws -> Audio { try Audio.read(path: audioPath) }

    /// The number of 16 kHz samples `audio()` returns, from the header alone.
    public func sampleCount() throws -> Int {
        let header = try header()
        return Resampler.outputCount(forInputCount: header.frameCount, from: header.sampleRate, to: Audio.modelSampleRate)
    }

    /// The forced alignment (read once), or `nil` when the corpus has none.
    public func alignment() throws -> TextGrid? {
        guard let alignmentPath else { return nil }
        if let cached = lock.withLock({ cachedAlignment }) { return cached }
        let grid = try TextGrid.read(path: alignmentPath)
        lock.withLock { cachedAlignment = grid }
        return grid
    }

    /// Per frame of `grid`, the class name `task` gives it or `nil` (ignored), for this utterance's 16 kHz length.
    public func frameClassNames(_ task: LabelTask, grid: FrameGrid = .wav2vec2) throws -> [String?] {
        let count = grid.frameCount(sampleCount: try sampleCount())
        let times = (0..<count).map(grid.centre(ofFrame:))
        return try task.classNames(at: times, alignment: alignment(), speaker: speaker, utterance: id)
    }
}

extension Utterance: CustomStringConvertible {
    /// `BAC009S0002W0122 (S0002, F)`.
    public var description: String { "\(id) (\(speaker.id), \(speaker.sex.rawValue))" }
}
