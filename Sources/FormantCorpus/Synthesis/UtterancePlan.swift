/// A stretch of a planned utterance whose synthesis parameters are a function of absolute time (s).
struct PlannedSegment {
    let start: Double
    let end: Double
    let parameters: (Double) -> SynthesisParameters
}

/// What the synthesiser will say: parameter segments in time order plus the alignment they realise.
struct UtterancePlan {
    /// Non-overlapping segments, in time order; gaps are silence.
    var segments: [PlannedSegment] = []
    /// The words tier: one syllable each, "" for silence.
    var words: [TextGrid.Interval] = []
    /// The phones tier: initials and tone-marked finals, `sil` for silence.
    var phones: [TextGrid.Interval] = []
    /// The syllables in pinyin with tone digits, for the transcript.
    var syllables: [String] = []
    /// Total length in seconds.
    var duration = 0.0
    /// F0 during silences (Hz).
    var restingF0 = 100.0

    /// The parameters at time `t`: those of the segment covering it, or silence.
    func parameters(at t: Double) -> SynthesisParameters {
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].end <= t { low = middle + 1 } else { high = middle }
        }
        if low < segments.count, segments[low].start <= t { return segments[low].parameters(t) }
        return .silence(f0: restingF0)
    }

    /// The alignment as a TextGrid with `words` and `phones` tiers, silences filling the gaps.
    var textGrid: TextGrid {
        TextGrid(xmin: 0, xmax: duration, tiers: [
            TextGrid.Tier(name: "words", xmin: 0, xmax: duration, content: .intervals(Self.filled(words, silence: "", end: duration))),
            TextGrid.Tier(name: "phones", xmin: 0, xmax: duration, content: .intervals(Self.filled(phones, silence: "sil", end: duration))),
        ])
    }

    private static func filled(_ intervals: [TextGrid.Interval], silence: String, end: Double) -> [TextGrid.Interval] {
        var result: [TextGrid.Interval] = []
        var time = 0.0
        for interval in intervals {
            if interval.xmin > time + 1e-9 { result.append(TextGrid.Interval(xmin: time, xmax: interval.xmin, text: silence)) }
            result.append(interval)
            time = interval.xmax
        }
        if end > time + 1e-9 { result.append(TextGrid.Interval(xmin: time, xmax: end, text: silence)) }
        return result
    }
}
