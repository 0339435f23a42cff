/// Numeric x and y axes of a plotting area: light grid lines at the ticks, a frame, tick labels
/// and axis titles, in the same places for every chart so figures line up in a notebook.
struct Axes {
    let xTicks: Ticks
    let yTicks: Ticks
    let xLabel: String?
    let yLabel: String?

    /// Margins around the plotting area inside a panel: room for tick labels and axis titles.
    static let margins = (top: 8.0, left: 58.0, bottom: 42.0, right: 12.0)

    /// The plotting area inside a panel frame.
    static func plotArea(in frame: Rect) -> Rect {
        frame.inset(top: margins.top, left: margins.left, bottom: margins.bottom, right: margins.right)
    }

    /// The x scale over the plotting area.
    func xScale(_ plot: Rect) -> LinearScale { LinearScale(domain: xTicks.domain, from: plot.x, to: plot.maxX) }
    /// The y scale over the plotting area (upwards).
    func yScale(_ plot: Rect) -> LinearScale { LinearScale(domain: yTicks.domain, from: plot.maxY, to: plot.y) }

    /// Draws grid lines (behind the data), to be followed by the data and then `drawFrame`.
    func drawGrid(into svg: inout SVGBuilder, plot: Rect) {
        let x = xScale(plot), y = yScale(plot)
        svg.open("g", [("stroke", Color.grid.hex), ("stroke-width", "1")])
        for value in xTicks.values {
            let px = NumberFormat.compact(x(value))
            svg.element("line", [("x1", px), ("y1", NumberFormat.compact(plot.y)), ("x2", px),
                                 ("y2", NumberFormat.compact(plot.maxY))])
        }
        for value in yTicks.values {
            let py = NumberFormat.compact(y(value))
            svg.element("line", [("x1", NumberFormat.compact(plot.x)), ("y1", py),
                                 ("x2", NumberFormat.compact(plot.maxX)), ("y2", py)])
        }
        svg.close("g")
    }

    /// Draws the frame, ticks, tick labels and axis titles.
    func drawFrame(into svg: inout SVGBuilder, plot: Rect) {
        let x = xScale(plot), y = yScale(plot)
        svg.rect(plot, fill: nil, stroke: .axis)
        svg.open("g", [("font-size", "11")])
        for value in xTicks.values {
            let px = x(value)
            svg.line(x1: px, y1: plot.maxY, x2: px, y2: plot.maxY + 4, color: .axis)
            svg.text(NumberFormat.tick(value, step: xTicks.step), x: px, y: plot.maxY + 16, anchor: "middle", size: 11)
        }
        for value in yTicks.values {
            let py = y(value)
            svg.line(x1: plot.x - 4, y1: py, x2: plot.x, y2: py, color: .axis)
            svg.text(NumberFormat.tick(value, step: yTicks.step), x: plot.x - 6, y: py + 4, anchor: "end", size: 11)
        }
        svg.close("g")
        if let xLabel {
            svg.text(xLabel, x: plot.midX, y: plot.maxY + 34, anchor: "middle", color: .black)
        }
        if let yLabel {
            svg.text(yLabel, x: plot.x - 44, y: plot.midY, anchor: "middle", color: .black, rotate: -90)
        }
    }
}
