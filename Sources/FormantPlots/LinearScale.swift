/// Maps a data interval linearly onto a pixel interval (which may run backwards, as y does in SVG).
public struct LinearScale: Equatable {
    /// The data interval.
    public let domain: ClosedRange<Double>
    /// The pixel coordinates of `domain.lowerBound` and `domain.upperBound`.
    public let range: (Double, Double)

    /// A scale sending `domain` onto `from...to`.
    public init(domain: ClosedRange<Double>, from: Double, to: Double) {
        self.domain = domain
        self.range = (from, to)
    }

    /// The pixel position of `value`.
    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let t = span > 0 ? (value - domain.lowerBound) / span : 0.5
        return range.0 + t * (range.1 - range.0)
    }

    public static func == (lhs: LinearScale, rhs: LinearScale) -> Bool {
        lhs.domain == rhs.domain && lhs.range == rhs.range
    }
}
