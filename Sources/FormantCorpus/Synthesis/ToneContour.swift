/// The pitch contour of a tone on its syllable, as Chao numerals over normalised time (0 start, 1 end).
///
/// T1 55, T2 35 (with a slight initial dip), T3 214 in isolation or phrase-finally and 21 before another
/// syllable, T4 51; the neutral tone is a short, slightly falling pitch whose height depends on the
/// preceding tone: 2 after T1, 3 after T2, 4 after T3, 1 after T4 (Chao 1968; Yip 2002).
struct ToneContour {
    /// (normalised time, Chao level) breakpoints, times increasing from 0 to 1.
    let points: [(time: Double, level: Double)]

    /// The contour of `tone`, `final` when no syllable follows in the phrase, after `previous`.
    init(tone: Tone, final: Bool, previous: Tone?) {
        switch tone {
        case .tone1: points = [(0, 5), (1, 5)]
        case .tone2: points = [(0, 3.2), (0.25, 3), (1, 5)]
        case .tone3: points = final ? [(0, 2), (0.45, 1), (1, 4)] : [(0, 2), (0.7, 1), (1, 1)]
        case .tone4: points = [(0, 5), (1, 1)]
        case .neutral:
            let height: Double
            switch previous {
            case .tone1?: height = 2
            case .tone2?: height = 3
            case .tone3?: height = 4
            case .tone4?: height = 1.2
            default: height = 3
            }
            points = [(0, height), (1, max(1, height - 0.6))]
        }
    }

    /// The Chao level at normalised time `t`, linearly interpolated.
    func level(at t: Double) -> Double {
        let t = min(1, max(0, t))
        for (left, right) in zip(points, points.dropFirst()) where t <= right.time {
            let span = right.time - left.time
            return span > 0 ? left.level + (right.level - left.level) * (t - left.time) / span : right.level
        }
        return points[points.count - 1].level
    }
}
