/// The data ranges a panel covers, so a grid can give all its panels shared scales.
public struct PanelExtents: Equatable {
    /// The x range of the data (or the range the caller fixed), `nil` for a categorical x.
    public var x: ClosedRange<Double>?
    /// The y range of the data (or the range the caller fixed), `nil` for a categorical y.
    public var y: ClosedRange<Double>?
    /// The range of values mapped to colours, `nil` when colours are categorical.
    public var color: ClosedRange<Double>?

    /// Extents with the given ranges.
    public init(x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil, color: ClosedRange<Double>? = nil) {
        self.x = x
        self.y = y
        self.color = color
    }

    /// The smallest extents containing all of `extents` (a grid's shared scales).
    static func union(_ extents: [PanelExtents]) -> PanelExtents {
        func join(_ ranges: [ClosedRange<Double>?]) -> ClosedRange<Double>? {
            let present = ranges.compactMap { $0 }
            guard let lower = present.map(\.lowerBound).min(), let upper = present.map(\.upperBound).max() else {
                return nil
            }
            return lower...upper
        }
        return PanelExtents(x: join(extents.map(\.x)), y: join(extents.map(\.y)), color: join(extents.map(\.color)))
    }
}

/// The scales a panel is drawn with: its own, or a grid's shared ones.
public struct PanelScales: Equatable {
    /// Ticks (and so the domain) of the x axis, `nil` for a categorical x.
    public var x: Ticks?
    /// Ticks (and so the domain) of the y axis, `nil` for a categorical y.
    public var y: Ticks?
    /// The value range of the colour map, `nil` when colours are categorical.
    public var color: ClosedRange<Double>?

    /// Nice scales covering `extents`.
    public init(covering extents: PanelExtents) {
        x = extents.x.map { Ticks(covering: $0) }
        y = extents.y.map { Ticks(covering: $0) }
        color = extents.color
    }
}

/// A chart that can be one panel of a `SmallMultiples` grid as well as a figure of its own.
///
/// A panel reports its data extents and its guide (legend or colour bar); the figure that holds it
/// decides the scales and draws titles and the guide, then asks the panel for its markup.
public protocol Panel: Figure {
    /// The chart's title (a grid shows it above the panel).
    var title: String? { get }
    /// The ranges the chart's data cover.
    var extents: PanelExtents { get }
    /// The legend or colour bar that explains the chart's colours, if any.
    var guide: Guide? { get }
    /// SVG elements drawing axes and data into `frame` with the given scales.
    func panelMarkup(in frame: Rect, scales: PanelScales) -> String
}
