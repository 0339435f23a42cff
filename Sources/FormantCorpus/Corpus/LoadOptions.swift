/// How a corpus loader treats bad files.
public struct LoadOptions: Sendable {
    /// Fail with every problem listed instead of skipping bad files.
    public var strict: Bool
    /// Read every WAV header and TextGrid while loading, so corrupt files are skipped (or, strict, fail)
    /// at once rather than when first used; costs one file read per utterance.
    public var verify: Bool

    /// Options; by default bad files are skipped and files are checked lazily.
    public init(strict: Bool = false, verify: Bool = false) {
        self.strict = strict
        self.verify = verify
    }
}

