/// One line of a categorical legend: a colour swatch (with the series' marker and line) and its label.
public struct LegendEntry: Equatable {
    public var label: String
    public var color: Color
    /// The series' point symbol, if it has one.
    public var marker: Marker?
    /// Whether the series is drawn as a line (the swatch then shows a line segment).
    public var line: Bool

    /// A legend line.
    public init(label: String, color: Color, marker: Marker? = nil, line: Bool = false) {
        self.label = label
        self.color = color
        self.marker = marker
        self.line = line
    }
}
