/// Two-dimensional points (UMAP or PCA embeddings) coloured by class or by value.
///
/// Compact enough for 50,000 points: each colour is one `<path>` of zero-length strokes with round
/// caps (`M x yh0`, which SVG 1.1 renders as dots) at 0.1-pixel resolution. Up to
/// `tooltipLimit` points may carry a tooltip (`<title>`) each.
public struct Scatter: Panel {
    public let x: [Double]
    public let y: [Double]
    public let coloring: ScatterColoring
    /// Per-point tooltips, used when there are at most `tooltipLimit` points.
    public let tooltips: [String]?
    public let title: String?
    public let xLabel: String?
    public let yLabel: String?
    public let palette: Palette
    public let colorMap: ColorMap
    /// The order of categories in the legend and in drawing; `nil` sorts them (numerically when all are numbers).
    public let categoryOrder: [String]?
    /// The dot diameter in pixels.
    public let pointSize: Double
    public let size: FigureSize
    /// The most points that get per-point tooltips.
    public static let tooltipLimit = 2_000

    /// A scatter of (`x[i]`, `y[i]`); throws when the coordinates are empty, of different lengths or not
    /// finite, or when labels, values or tooltips do not match the number of points.
    public init(
        x: [Double], y: [Double], coloring: ScatterColoring = .uniform, tooltips: [String]? = nil,
        title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, palette: Palette = .okabeIto,
        colorMap: ColorMap = .viridis, categoryOrder: [String]? = nil, pointSize: Double = 4,
        size: FigureSize = .chart
    ) throws {
        try Validation.nonEmpty(x, "points of the scatter")
        try Validation.length(y, x.count, "y coordinates of the scatter")
        try Validation.finite(x, "x coordinates of the scatter")
        try Validation.finite(y, "y coordinates of the scatter")
        switch coloring {
        case .uniform: break
        case .categories(let labels): try Validation.length(labels, x.count, "colour labels of the scatter")
        case .values(let values, _):
            try Validation.length(values, x.count, "colour values of the scatter")
            try Validation.finite(values, "colour values of the scatter")
        }
        if let tooltips { try Validation.length(tooltips, x.count, "tooltips of the scatter") }
        guard pointSize.isFinite, pointSize > 0 else { throw PlotError.invalidSize(width: pointSize, height: pointSize) }
        self.x = x
        self.y = y
        self.coloring = coloring
        self.tooltips = tooltips
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.palette = palette
        self.colorMap = colorMap
        self.categoryOrder = categoryOrder
        self.pointSize = pointSize
        self.size = size
    }

    /// A scatter of rows `[x, y]`; throws when a row does not hold exactly two numbers.
    public init(
        points: [[Double]], coloring: ScatterColoring = .uniform, tooltips: [String]? = nil, title: String? = nil,
        xLabel: String? = nil, yLabel: String? = nil, palette: Palette = .okabeIto, colorMap: ColorMap = .viridis,
        categoryOrder: [String]? = nil, pointSize: Double = 4, size: FigureSize = .chart
    ) throws {
        for (index, point) in points.enumerated() where point.count != 2 {
            throw PlotError.raggedRows(what: "scatter points", row: index, expected: 2, actual: point.count)
        }
        try self.init(
            x: points.map { $0[0] }, y: points.map { $0[1] }, coloring: coloring, tooltips: tooltips, title: title,
            xLabel: xLabel, yLabel: yLabel, palette: palette, colorMap: colorMap, categoryOrder: categoryOrder,
            pointSize: pointSize, size: size)
    }

    /// The categories in legend order: `categoryOrder` first, then the remaining ones sorted.
    public var categories: [String] {
        guard case .categories(let labels) = coloring else { return [] }
        let present = Set(labels)
        let given = (categoryOrder ?? []).filter { present.contains($0) }
        let rest = present.subtracting(given)
        let numbers = rest.compactMap(Double.init)
        let sorted = numbers.count == rest.count
            ? rest.sorted { (Double($0)!, $0) < (Double($1)!, $1) } : rest.sorted()
        return given + sorted
    }

    public var extents: PanelExtents {
        var color: ClosedRange<Double>?
        if case .values(let values, _) = coloring { color = Validation.extent(values) }
        return PanelExtents(x: Validation.extent(x), y: Validation.extent(y), color: color)
    }

    public var guide: Guide? {
        switch coloring {
        case .uniform: return nil
        case .categories:
            return .legend(categories.enumerated().map { LegendEntry(label: $1, color: palette.color($0)) })
        case .values(_, let label): return .colorBar(colorMap, label: label)
        }
    }

    /// Point indices grouped by colour, groups in drawing order.
    private func groups(colorDomain: ClosedRange<Double>?) -> [(color: Color, members: [Int])] {
        switch coloring {
        case .uniform:
            return [(palette.color(0), Array(x.indices))]
        case .categories(let labels):
            let order = categories
            let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            var members = Array(repeating: [Int](), count: order.count)
            for (index, label) in labels.enumerated() { members[position[label]!].append(index) }
            return order.indices.map { (palette.color($0), members[$0]) }
        case .values(let values, _):
            let bins = 64
            let domain = colorDomain ?? Validation.extent(values) ?? 0...1
            let span = domain.upperBound - domain.lowerBound
            var members = Array(repeating: [Int](), count: bins)
            for (index, value) in values.enumerated() {
                let t = span > 0 ? (value - domain.lowerBound) / span : 0.5
                members[min(bins - 1, max(0, Int(t * Double(bins))))].append(index)
            }
            return (0..<bins).filter { !members[$0].isEmpty }.map {
                (colorMap.color(at: (Double($0) + 0.5) / Double(bins)), members[$0])
            }
        }
    }

    public func panelMarkup(in frame: Rect, scales: PanelScales) -> String {
        let own = PanelScales(covering: extents)
        let axes = Axes(xTicks: scales.x ?? own.x!, yTicks: scales.y ?? own.y!, xLabel: xLabel, yLabel: yLabel)
        let plot = Axes.plotArea(in: frame)
        let sx = axes.xScale(plot), sy = axes.yScale(plot)
        var svg = SVGBuilder.fragment()
        axes.drawGrid(into: &svg, plot: plot)
        let withTooltips = tooltips != nil && x.count <= Scatter.tooltipLimit
        for group in groups(colorDomain: scales.color ?? own.color) {
            if withTooltips, let tooltips {
                drawWithTooltips(group.members, color: group.color, tooltips: tooltips, sx, sy, into: &svg)
            } else {
                let d = DotPath.data(group.members.map { (x: sx(x[$0]), y: sy(y[$0])) })
                svg.element("path", DotPath.attributes(d, color: group.color, diameter: pointSize, opacity: 0.8))
            }
        }
        axes.drawFrame(into: &svg, plot: plot)
        return svg.markup
    }

    private func drawWithTooltips(
        _ members: [Int], color: Color, tooltips: [String], _ sx: LinearScale, _ sy: LinearScale,
        into svg: inout SVGBuilder
    ) {
        svg.open("g", [("fill", color.hex), ("fill-opacity", "0.8")])
        for index in members {
            svg.open("circle", [("cx", NumberFormat.compact(sx(x[index]), decimals: 1)),
                                ("cy", NumberFormat.compact(sy(y[index]), decimals: 1)),
                                ("r", NumberFormat.compact(pointSize / 2))])
            svg.element("title", content: tooltips[index])
            svg.close("circle")
        }
        svg.close("g")
    }

    public var svg: String {
        standaloneSVG(width: size.width, height: size.height, description: summary)
    }

    public var summary: String {
        var coloured = ""
        switch coloring {
        case .uniform: break
        case .categories: coloured = " coloured by \(categories.count) categories (\(categories.prefix(10).joined(separator: ", ")))"
        case .values(_, let label): coloured = " coloured by \(label ?? "value")"
        }
        return "Scatter\(title.map { " '\($0)'" } ?? ""): \(x.count) points\(coloured)"
    }

    public var data: Table {
        var header = [xLabel ?? "x", yLabel ?? "y"]
        switch coloring {
        case .uniform: break
        case .categories: header.append("label")
        case .values(_, let label): header.append(label ?? "value")
        }
        if tooltips != nil { header.append("tooltip") }
        let rows = x.indices.map { index -> [String] in
            var row = [NumberFormat.csv(x[index]), NumberFormat.csv(y[index])]
            switch coloring {
            case .uniform: break
            case .categories(let labels): row.append(labels[index])
            case .values(let values, _): row.append(NumberFormat.csv(values[index]))
            }
            if let tooltips { row.append(tooltips[index]) }
            return row
        }
        return Table(checkedHeader: header, rows: rows, title: title)
    }
}
