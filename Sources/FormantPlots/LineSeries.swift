/// One line of a `LineChart`: a name, a value per x position (NaN leaves a gap) and an optional
/// band, such as a confidence interval or ± one standard deviation across speakers.
public struct LineSeries: Equatable {
    public var name: String
    public var values: [Double]
    /// The band's lower edge, one value per x position.
    public var lower: [Double]?
    /// The band's upper edge, one value per x position.
    public var upper: [Double]?
    /// A colour overriding the chart palette's.
    public var color: Color?

    /// A series, optionally with a band between `lower` and `upper` and a colour of its own.
    public init(_ name: String, values: [Double], lower: [Double]? = nil, upper: [Double]? = nil, color: Color? = nil) {
        self.name = name
        self.values = values
        self.lower = lower
        self.upper = upper
        self.color = color
    }
}
