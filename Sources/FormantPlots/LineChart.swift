/// Several series over a shared numeric x axis, with markers, legend and optional bands: the shape
/// of layer-wise profiles (SVCCA of each layer against tone, phone and sex).
public struct LineChart: Panel {
    public let x: [Double]
    public let series: [LineSeries]
    public let title: String?
    public let xLabel: String?
    public let yLabel: String?
    /// A fixed y range (such as 0...1 for accuracies); `nil` fits the data.
    public let yRange: ClosedRange<Double>?
    public let palette: Palette
    /// Whether points carry markers (drawn when there are at most 200 x values).
    public let markers: Bool
    public let size: FigureSize

    /// A line chart; throws when `x` is empty or not finite, when a series or band length differs
    /// from `x`'s, when a band is inverted, or when a value is infinite.
    public init(
        x: [Double], series: [LineSeries], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
        yRange: ClosedRange<Double>? = nil, palette: Palette = .okabeIto, markers: Bool = true,
        size: FigureSize = .chart
    ) throws {
        try Validation.nonEmpty(x, "x values of the line chart")
        try Validation.finite(x, "x values of the line chart")
        try Validation.nonEmpty(series, "series of the line chart")
        try Validation.range(yRange, "yRange of the line chart")
        for line in series {
            try Validation.length(line.values, x.count, "series '\(line.name)'")
            try Validation.noInfinity(line.values, "series '\(line.name)'")
            try LineChart.validateBand(line, count: x.count)
        }
        self.x = x
        self.series = series
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.yRange = yRange
        self.palette = palette
        self.markers = markers
        self.size = size
    }

    private static func validateBand(_ line: LineSeries, count: Int) throws {
        guard line.lower != nil || line.upper != nil else { return }
        let lower = line.lower ?? line.values, upper = line.upper ?? line.values
        try Validation.length(lower, count, "band lower edge of series '\(line.name)'")
        try Validation.length(upper, count, "band upper edge of series '\(line.name)'")
        try Validation.noInfinity(lower, "band lower edge of series '\(line.name)'")
        try Validation.noInfinity(upper, "band upper edge of series '\(line.name)'")
        for index in 0..<count where lower[index] > upper[index] {
            throw PlotError.invalidBand(series: line.name, index: index, lower: lower[index], upper: upper[index])
        }
    }

    public var extents: PanelExtents {
        let all = series.flatMap { $0.values + ($0.lower ?? []) + ($0.upper ?? []) }
        return PanelExtents(x: Validation.extent(x), y: yRange ?? Validation.extent(all) ?? 0...1)
    }

    public var guide: Guide? {
        .legend(series.indices.map { index in
            LegendEntry(label: series[index].name, color: color(index), marker: marker(index), line: true)
        })
    }

    private func color(_ index: Int) -> Color {
        series[index].color ?? palette.color(index)
    }

    private func marker(_ index: Int) -> Marker? {
        markers && x.count <= 200 ? Marker.cycle(index) : nil
    }

    public func panelMarkup(in frame: Rect, scales: PanelScales) -> String {
        let axes = Axes(
            xTicks: scales.x ?? Ticks(covering: extents.x ?? 0...1), yTicks: scales.y ?? Ticks(covering: 0...1),
            xLabel: xLabel, yLabel: yLabel)
        let plot = Axes.plotArea(in: frame)
        let sx = axes.xScale(plot), sy = axes.yScale(plot)
        var svg = SVGBuilder.fragment()
        axes.drawGrid(into: &svg, plot: plot)
        svg.openClip(plot, margin: 5)
        for (index, line) in series.enumerated() where line.lower != nil || line.upper != nil {
            let band = LineChart.bandPath(x: x, lower: line.lower ?? line.values, upper: line.upper ?? line.values, sx, sy)
            svg.element("path", [("d", band), ("fill", color(index).hex), ("fill-opacity", "0.2"),
                                 ("stroke", "none")])
        }
        for (index, line) in series.enumerated() {
            let stroke = color(index).hex
            svg.element("path", [("d", LineChart.linePath(x: x, y: line.values, sx, sy)), ("fill", "none"),
                                 ("stroke", stroke), ("stroke-width", "2"), ("stroke-linejoin", "round")])
            if let marker = marker(index) {
                let shapes = zip(x, line.values).filter { $0.1.isFinite }.map { marker.path(x: sx($0.0), y: sy($0.1), r: 3.5) }
                svg.element("path", [("d", shapes.joined()), ("fill", stroke), ("stroke", "#ffffff"),
                                     ("stroke-width", "0.75")])
            }
        }
        svg.close("svg")
        axes.drawFrame(into: &svg, plot: plot)
        return svg.markup
    }

    /// `M`/`L` path data through the finite points; a NaN ends the current stretch of line.
    static func linePath(x: [Double], y: [Double], _ sx: LinearScale, _ sy: LinearScale) -> String {
        var d = "", penDown = false
        for (xi, yi) in zip(x, y) {
            guard yi.isFinite else {
                penDown = false
                continue
            }
            d += (penDown ? "L" : "M") + NumberFormat.compact(sx(xi)) + " " + NumberFormat.compact(sy(yi))
            penDown = true
        }
        return d
    }

    /// A closed outline along the upper edge and back along the lower edge, one per stretch
    /// where both edges are finite.
    static func bandPath(x: [Double], lower: [Double], upper: [Double], _ sx: LinearScale, _ sy: LinearScale) -> String {
        var d = "", stretch: [Int] = []
        func flush() {
            guard stretch.count > 1 else { stretch = []; return }
            let forward = stretch.map { (sx(x[$0]), sy(upper[$0])) }
            let backward = stretch.reversed().map { (sx(x[$0]), sy(lower[$0])) }
            d += (forward + backward).enumerated().map { i, p in
                (i == 0 ? "M" : "L") + NumberFormat.compact(p.0) + " " + NumberFormat.compact(p.1)
            }.joined() + "Z"
            stretch = []
        }
        for index in x.indices {
            if lower[index].isFinite && upper[index].isFinite { stretch.append(index) } else { flush() }
        }
        flush()
        return d
    }

    public var svg: String {
        standaloneSVG(width: size.width, height: size.height, description: summary)
    }

    public var summary: String {
        let names = series.map(\.name).joined(separator: ", ")
        let range = "\(NumberFormat.label(x.min() ?? 0))–\(NumberFormat.label(x.max() ?? 0))"
        return "LineChart\(title.map { " '\($0)'" } ?? ""): \(series.count) series (\(names)) over \(x.count) x values \(range)"
    }

    public var data: Table {
        var header = [xLabel ?? "x"]
        for line in series {
            header.append(line.name)
            if line.lower != nil || line.upper != nil { header += [line.name + " lower", line.name + " upper"] }
        }
        let rows = x.indices.map { index -> [String] in
            var row = [NumberFormat.csv(x[index])]
            for line in series {
                row.append(NumberFormat.csv(line.values[index]))
                if line.lower != nil || line.upper != nil {
                    row.append(NumberFormat.csv((line.lower ?? line.values)[index]))
                    row.append(NumberFormat.csv((line.upper ?? line.values)[index]))
                }
            }
            return row
        }
        return Table(checkedHeader: header, rows: rows, title: title)
    }
}
