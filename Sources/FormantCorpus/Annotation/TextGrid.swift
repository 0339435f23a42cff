/// A Praat TextGrid: time-aligned annotation tiers over one recording (Boersma & Weenink, Praat).
///
/// Forced aligners (Montreal Forced Aligner, Kaldi via conversion) write one per utterance,
/// typically with a `words` and a `phones` interval tier.
public struct TextGrid: Equatable, Sendable {
    /// Start time in seconds.
    public var xmin: Double
    /// End time in seconds.
    public var xmax: Double
    /// The tiers, in file order.
    public var tiers: [Tier]

    /// A TextGrid spanning `xmin`…`xmax` with `tiers`.
    public init(xmin: Double, xmax: Double, tiers: [Tier]) {
        self.xmin = xmin
        self.xmax = xmax
        self.tiers = tiers
    }

    /// The first tier called `name`, if any.
    public func tier(named name: String) -> Tier? {
        tiers.first { $0.name == name }
    }
}

extension TextGrid {
    /// One tier of a TextGrid: labelled intervals or labelled points.
    public struct Tier: Equatable, Sendable {
        /// What a tier holds.
        public enum Content: Equatable, Sendable {
            /// Contiguous labelled intervals (`IntervalTier`).
            case intervals([Interval])
            /// Labelled time points (`TextTier`, Praat's point tier).
            case points([Point])
        }

        /// The tier's name (`words`, `phones`).
        public var name: String
        /// Start time in seconds.
        public var xmin: Double
        /// End time in seconds.
        public var xmax: Double
        /// The intervals or points.
        public var content: Content

        /// A tier named `name` over `xmin`…`xmax`.
        public init(name: String, xmin: Double, xmax: Double, content: Content) {
            self.name = name
            self.xmin = xmin
            self.xmax = xmax
            self.content = content
        }

        /// The intervals of an interval tier (empty for a point tier).
        public var intervals: [Interval] {
            if case .intervals(let intervals) = content { return intervals }
            return []
        }

        /// The points of a point tier (empty for an interval tier).
        public var points: [Point] {
            if case .points(let points) = content { return points }
            return []
        }

        /// The interval containing time `t` (xmin ≤ t < xmax, the last interval also holding its end), by binary search.
        public func interval(at t: Double) -> Interval? {
            let intervals = self.intervals
            var low = 0
            var high = intervals.count
            while low < high {
                let middle = (low + high) / 2
                if intervals[middle].xmax <= t { low = middle + 1 } else { high = middle }
            }
            if low < intervals.count, intervals[low].xmin <= t { return intervals[low] }
            if let last = intervals.last, t == last.xmax { return last }
            return nil
        }
    }

    /// A labelled stretch of time.
    public struct Interval: Equatable, Sendable {
        /// Start time in seconds.
        public var xmin: Double
        /// End time in seconds.
        public var xmax: Double
        /// The label (empty for unlabelled stretches, often silence).
        public var text: String

        /// An interval `xmin`…`xmax` labelled `text`.
        public init(xmin: Double, xmax: Double, text: String) {
            self.xmin = xmin
            self.xmax = xmax
            self.text = text
        }
    }

    /// A labelled instant.
    public struct Point: Equatable, Sendable {
        /// The time in seconds.
        public var time: Double
        /// The label.
        public var mark: String

        /// A point at `time` labelled `mark`.
        public init(time: Double, mark: String) {
            self.time = time
            self.mark = mark
        }
    }
}
