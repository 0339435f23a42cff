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

/// What explains a figure's colours, drawn at its right edge: a legend or a colour bar.
public enum Guide: Equatable {
    /// Categorical colours, one entry per series or class.
    case legend([LegendEntry])
    /// A continuous colour map with an optional label; its range is the figure's colour domain.
    case colorBar(ColorMap, label: String?)

    /// The width the guide takes at the right of the figure.
    var width: Double {
        switch self {
        case .legend(let entries):
            let longest = entries.map { TextMetrics.width($0.label) }.max() ?? 0
            return min(220, 12 + 26 + longest + 12)
        case .colorBar(_, let label):
            return label == nil ? 64 : 80
        }
    }

    /// Merges the guides of grid panels: legends by label in order of first appearance; the first
    /// colour bar otherwise.
    static func merged(_ guides: [Guide]) -> Guide? {
        var entries: [LegendEntry] = []
        for case .legend(let list) in guides {
            for entry in list where !entries.contains(where: { $0.label == entry.label }) { entries.append(entry) }
        }
        if !entries.isEmpty { return .legend(entries) }
        return guides.first
    }

    /// Draws the guide in `frame` (the strip at the figure's right), colour bar over `domain`.
    func draw(into svg: inout SVGBuilder, frame: Rect, domain: ClosedRange<Double>?) {
        switch self {
        case .legend(let entries):
            drawLegend(entries, into: &svg, frame: frame)
        case .colorBar(let map, let label):
            drawColorBar(map, label: label, domain: domain ?? 0...1, into: &svg, frame: frame)
        }
    }

    private func drawLegend(_ entries: [LegendEntry], into svg: inout SVGBuilder, frame: Rect) {
        svg.open("g", [("font-size", "12")])
        for (index, entry) in entries.enumerated() {
            let y = frame.y + 14 + Double(index) * 20
            let x = frame.x + 12
            if entry.line {
                svg.line(x1: x, y1: y, x2: x + 22, y2: y, color: entry.color, width: 2)
            }
            let marker = entry.marker ?? (entry.line ? nil : .circle)
            if let marker {
                svg.element("path", [("d", marker.path(x: x + 11, y: y, r: 4)), ("fill", entry.color.hex)])
            }
            svg.text(entry.label, x: x + 28, y: y + 4, color: .black)
        }
        svg.close("g")
    }

    private func drawColorBar(
        _ map: ColorMap, label: String?, domain: ClosedRange<Double>, into svg: inout SVGBuilder, frame: Rect
    ) {
        let bar = Rect(x: frame.x + 12, y: frame.y + 10, width: 14, height: max(40, frame.height - 20))
        let steps = 64
        svg.open("g", [("shape-rendering", "crispEdges")])
        for step in 0..<steps {
            let t0 = Double(step) / Double(steps)
            let y = bar.maxY - (t0 + 1 / Double(steps)) * bar.height
            let cell = Rect(x: bar.x, y: y, width: bar.width, height: bar.height / Double(steps) + 0.5)
            svg.rect(cell, fill: map.color(at: t0 + 0.5 / Double(steps)))
        }
        svg.close("g")
        svg.rect(bar, fill: nil, stroke: .axis)
        let ticks = Ticks(within: domain, count: 5)
        let scale = LinearScale(domain: domain, from: bar.maxY, to: bar.y)
        for value in ticks.values where domain.contains(value) {
            let y = scale(value)
            svg.line(x1: bar.maxX, y1: y, x2: bar.maxX + 4, y2: y, color: .axis)
            svg.text(NumberFormat.tick(value, step: ticks.step), x: bar.maxX + 6, y: y + 4, size: 11)
        }
        if let label {
            svg.text(label, x: frame.maxX - 6, y: bar.midY, anchor: "middle", size: 12, rotate: -90)
        }
    }
}
