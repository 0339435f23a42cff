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
