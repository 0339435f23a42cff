extension Guide {
    /// Draws the guide in `frame` (the strip at the figure's right), colour bar over `domain`.
    func draw(into svg: inout SVGBuilder, frame: Rect, domain: ClosedRange<Double>?) {
        switch self {
        case .legend(let entries):
            drawLegend(entries, into: &svg, frame: frame)
        case .colorBar(let map, let label):
            drawColorBar(map, label: label, domain: domain ?? 0...1, into: &svg, frame: frame)
        }
    }

    /// Draws one line per entry while they fit in `frame` (the last line then says how many are left
    /// out), labels shortened with "…" to the strip's width.
    private func drawLegend(_ entries: [LegendEntry], into svg: inout SVGBuilder, frame: Rect) {
        let fitting = max(1, Int((frame.height - 4) / 20))
        let shown = entries.count <= fitting ? entries : Array(entries.prefix(fitting - 1))
        let labelWidth = frame.width - 40
        svg.open("g", [("font-size", "12")])
        for (index, entry) in shown.enumerated() {
            let y = frame.y + 14 + Double(index) * 20
            let x = frame.x + 12
            if entry.line {
                svg.line(x1: x, y1: y, x2: x + 22, y2: y, color: entry.color, width: 2)
            }
            let marker = entry.marker ?? (entry.line ? nil : .circle)
            if let marker {
                svg.element("path", [("d", marker.path(x: x + 11, y: y, r: 4)), ("fill", entry.color.hex)])
            }
            svg.text(TextMetrics.truncated(entry.label, to: labelWidth), x: x + 28, y: y + 4, color: .black)
        }
        if shown.count < entries.count {
            svg.text("… \(entries.count - shown.count) more", x: frame.x + 12, y: frame.y + 18 + Double(shown.count) * 20)
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
        let ticks = Ticks(within: domain, count: 6)
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
