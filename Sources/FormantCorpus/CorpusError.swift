/// Every error the corpus library raises, each naming the file, line, tier or parameter at fault.
///
/// `CorpusError+Message.swift` words all of them, so user-facing text lives in one place.
public enum CorpusError: Error, Equatable {
    /// A file could not be opened, read or listed.
    case unreadable(path: String, reason: String)
    /// A WAV file whose header or data is malformed or truncated.
    case invalidWAV(path: String, reason: String)
    /// A well-formed WAV file in an encoding Formant does not read.
    case unsupportedWAV(path: String, reason: String)
    /// A text file that is not valid UTF-8 or UTF-16.
    case textEncoding(path: String, reason: String)
    /// A TextGrid that does not follow Praat's text format, at `line` (1-based).
    case textGridSyntax(path: String, line: Int, message: String)
    /// A line of a corpus listing (transcript, speaker.info) that cannot be read.
    case listingSyntax(path: String, line: Int, message: String)
    /// A directory that does not have the expected corpus layout.
    case layout(path: String, reason: String)
    /// An utterance's alignment lacks a tier a task needs.
    case missingTier(utterance: String, tier: String, available: [String])
    /// An utterance has no alignment, but a task needs one.
    case noAlignment(utterance: String)
    /// A parameter outside its valid range.
    case invalidParameter(name: String, reason: String)
    /// A file could not be written.
    case writeFailed(path: String, reason: String)
    /// Strict loading found files it would otherwise skip.
    case strictLoadFailed(skipped: [SkippedFile])
}
