/// A file a corpus loader left out, and why.
public struct SkippedFile: Equatable, Sendable {
    /// The file's path.
    public let path: String
    /// What is wrong with it.
    public let reason: String

    /// A skipped `path` with its `reason`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// What loading a corpus did: how many utterances it kept and every file it skipped with the reason.
public struct LoadReport: Equatable, Sendable {
    /// Utterances loaded.
    public var loaded: Int
    /// Files left out, in the order met.
    public var skipped: [SkippedFile]

    /// A report of `loaded` utterances and `skipped` files.
    public init(loaded: Int = 0, skipped: [SkippedFile] = []) {
        self.loaded = loaded
        self.skipped = skipped
    }

    /// One line: `141600 utterances loaded, 3 files skipped`.
    public var summary: String {
        "\(loaded) utterance\(loaded == 1 ? "" : "s") loaded, \(skipped.count) file\(skipped.count == 1 ? "" : "s") skipped"
    }
}

extension LoadReport: CustomStringConvertible {
    /// The summary line followed by one line per skipped file.
    public var description: String {
        ([summary] + skipped.map { "  skipped \($0.path): \($0.reason)" }).joined(separator: "\n")
    }
}
