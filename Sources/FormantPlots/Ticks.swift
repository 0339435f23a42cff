import Foundation

/// "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten, covering a data range.
///
/// The step is the smallest of {1, 2, 5}·10^k not below `span / (count - 1)` (Heckbert,
/// "Nice numbers for graph labels", Graphics Gems, 1990); the domain is widened to whole steps.
public struct Ticks: Equatable {
    /// The tick values, ascending.
    public let values: [Double]
    /// The distance between ticks.
    public let step: Double
    /// The axis range, from the first to the last tick.
    public var domain: ClosedRange<Double> { values[0]...values[values.count - 1] }

    /// About `count` nice ticks spanning `range` (widened to whole steps). A zero-width range is
    /// widened around its value so an axis can still be drawn.
    ///
    /// Of the nice step for `count` ticks and the next finer one, the one that wastes less of the
    /// axis wins, provided it gives at most `count + 3` ticks (0…12 gets steps of 2, not 0…15 by 5).
    public init(covering range: ClosedRange<Double>, count: Int = 6) {
        let (lower, upper) = Ticks.widened(range)
        let coarse = Ticks.niceStep(for: (upper - lower) / Double(max(count - 1, 1)))
        let candidates = [coarse, Ticks.finerStep(than: coarse)].map { step -> (step: Double, first: Double, last: Double) in
            (step, (lower / step).rounded(.down), (upper / step).rounded(.up))
        }
        let fitting = candidates.filter { $0.last - $0.first + 1 <= Double(count + 3) }
        let best = fitting.min { ($0.last - $0.first) * $0.step < ($1.last - $1.first) * $1.step } ?? candidates[0]
        values = stride(from: best.first, through: best.last, by: 1).map { Ticks.clean($0 * best.step) }
        step = best.step
    }

    /// Nice ticks inside `range` without widening it (a time axis that must end at the data's end).
    public init(within range: ClosedRange<Double>, count: Int = 6) {
        let (lower, upper) = Ticks.widened(range)
        let step = Ticks.niceStep(for: (upper - lower) / Double(max(count - 1, 1)))
        let first = (lower / step - 1e-9).rounded(.up)
        let last = (upper / step + 1e-9).rounded(.down)
        let found = first <= last ? stride(from: first, through: last, by: 1).map { Ticks.clean($0 * step) } : []
        values = found.isEmpty ? [lower, upper] : found
        self.step = step
    }

    /// The smallest of 1, 2, 5 (times a power of ten) that is at least `raw`.
    static func niceStep(for raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, floor(log10(raw)))
        let fraction = raw / power
        let nice: Double = fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 5 + 1e-9 ? 5 : 10
        return nice * power
    }

    /// The next smaller nice step: 10 → 5, 5 → 2, 2 → 1 (times the same power of ten).
    static func finerStep(than step: Double) -> Double {
        let power = pow(10, floor(log10(step) + 1e-9))
        let leading = (step / power).rounded()
        return leading == 1 ? power / 2 : leading == 2 ? power : 2 * power
    }

    private static func widened(_ range: ClosedRange<Double>) -> (Double, Double) {
        if range.upperBound > range.lowerBound { return (range.lowerBound, range.upperBound) }
        let pad = range.lowerBound == 0 ? 1 : abs(range.lowerBound) * 0.1
        return (range.lowerBound - pad, range.upperBound + pad)
    }

    /// Removes binary noise such as 0.30000000000000004 so labels and coordinates stay exact.
    private static func clean(_ value: Double) -> Double {
        (value * 1e12).rounded() / 1e12
    }
}
