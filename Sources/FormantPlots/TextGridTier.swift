/// One labelled interval of a TextGrid tier, in seconds.
public struct TextGridInterval: Equatable {
    public var start: Double
    public var end: Double
    public var label: String

    /// An interval from `start` to `end` seconds.
    public init(start: Double, end: Double, label: String) {
        self.start = start
        self.end = end
        self.label = label
    }
}

/// A named interval tier (words, syllables, phones, tones).
public struct TextGridTier: Equatable {
    public var name: String
    public var intervals: [TextGridInterval]

    /// A tier of intervals.
    public init(name: String, intervals: [TextGridInterval]) {
        self.name = name
        self.intervals = intervals
    }
}
