extension CorpusError: CustomStringConvertible {
    /// The one-line explanation shown to the user.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .invalidWAV(let path, let reason):
            return "invalid WAV file \(path): \(reason)"
        case .unsupportedWAV(let path, let reason):
            return "unsupported WAV file \(path): \(reason)"
        case .textEncoding(let path, let reason):
            return "cannot decode text of \(path): \(reason)"
        case .textGridSyntax(let path, let line, let message):
            return "TextGrid \(path), line \(line): \(message)"
        case .listingSyntax(let path, let line, let message):
            return "\(path), line \(line): \(message)"
        case .layout(let path, let reason):
            return "not a corpus directory \(path): \(reason)"
        case .missingTier(let utterance, let tier, let available):
            let known = available.isEmpty ? "none" : available.map { "'\($0)'" }.joined(separator: ", ")
            return "utterance \(utterance) has no tier '\(tier)' (tiers: \(known))"
        case .noAlignment(let utterance):
            return "utterance \(utterance) has no alignment (TextGrid); load the corpus with alignments"
        case .invalidParameter(let name, let reason):
            return "invalid \(name): \(reason)"
        case .writeFailed(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .strictLoadFailed(let skipped):
            let shown = skipped.prefix(5).map { "\($0.path): \($0.reason)" }.joined(separator: "; ")
            let more = skipped.count > 5 ? "; and \(skipped.count - 5) more" : ""
            return "strict loading failed: \(skipped.count) bad file(s): \(shown)\(more)"
        }
    }
}
