/// A matrix as coloured cells with a colour bar: confusion matrices, layer × layer similarity.
///
/// Rows run top to bottom, columns left to right; NaN cells are missing and drawn light grey.
/// Cell values are printed when the cells are few and large enough to hold them.
public struct Heatmap: Panel {
    public let matrix: [[Double]]
    public let rowLabels: [String]
    public let columnLabels: [String]
    public let title: String?
    public let xLabel: String?
    public let yLabel: String?
    public let colorMap: ColorMap
    /// A fixed value range for the colours; `nil` fits the data.
    public let range: ClosedRange<Double>?
    /// Whether to print values in cells; `nil` decides from the cell count and size.
    public let showValues: Bool?
    public let size: FigureSize
    /// The most cells whose values are printed automatically.
    public static let valueCellLimit = 400
    /// The widest a row or column label may be drawn, in pixels; longer ones are shortened with "…".
    static let labelLimit = 150.0

    /// A heatmap; labels default to row and column numbers. Throws when the matrix is empty or
    /// ragged, holds infinities, or when a label list has the wrong length.
    public init(
        _ matrix: [[Double]], rowLabels: [String]? = nil, columnLabels: [String]? = nil, title: String? = nil,
        xLabel: String? = nil, yLabel: String? = nil, colorMap: ColorMap = .viridis,
        range: ClosedRange<Double>? = nil, showValues: Bool? = nil, size: FigureSize = .chart
    ) throws {
        try Validation.nonEmpty(matrix, "heatmap matrix")
        try Validation.nonEmpty(matrix[0], "first row of the heatmap matrix")
        for (index, row) in matrix.enumerated() {
            if row.count != matrix[0].count {
                throw PlotError.raggedRows(what: "heatmap matrix", row: index, expected: matrix[0].count, actual: row.count)
            }
            try Validation.noInfinity(row, "row \(index) of the heatmap matrix")
        }
        try Validation.range(range, "range of the heatmap")
        let rows = rowLabels ?? matrix.indices.map(String.init)
        let columns = columnLabels ?? matrix[0].indices.map(String.init)
        try Validation.length(rows, matrix.count, "row labels of the heatmap")
        try Validation.length(columns, matrix[0].count, "column labels of the heatmap")
        self.matrix = matrix
        self.rowLabels = rows
        self.columnLabels = columns
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.colorMap = colorMap
        self.range = range
        self.showValues = showValues
        self.size = size
    }

    public var extents: PanelExtents {
        PanelExtents(color: range ?? Validation.extent(matrix.flatMap { $0 }) ?? 0...1)
    }

    public var guide: Guide? { .colorBar(colorMap, label: nil) }

    public func panelMarkup(in frame: Rect, scales: PanelScales) -> String {
        let domain = scales.color ?? extents.color ?? 0...1
        let rowCount = matrix.count, columnCount = matrix[0].count
        let left = min(Heatmap.labelLimit, rowLabels.map { TextMetrics.width($0, size: 11) }.max() ?? 0) + 12
            + (yLabel == nil ? 0 : 20)
        let longestColumn = min(Heatmap.labelLimit, columnLabels.map { TextMetrics.width($0, size: 11) }.max() ?? 0)
        let provisionalWidth = (frame.width - left - 12) / Double(columnCount)
        let rotate = longestColumn > provisionalWidth - 4
        let bottom = (rotate ? longestColumn * 0.72 + 14 : 22) + (xLabel == nil ? 0 : 20)
        let plot = frame.inset(top: 8, left: left, bottom: bottom, right: 12)
        let cellWidth = plot.width / Double(columnCount), cellHeight = plot.height / Double(rowCount)
        let printValues = showValues ?? (rowCount * columnCount <= Heatmap.valueCellLimit && cellWidth >= 28 && cellHeight >= 14)
        var svg = SVGBuilder.fragment()
        svg.open("g", [("shape-rendering", "crispEdges")])
        for (r, row) in matrix.enumerated() {
            for (c, value) in row.enumerated() {
                let cell = Rect(x: plot.x + Double(c) * cellWidth, y: plot.y + Double(r) * cellHeight,
                                width: cellWidth, height: cellHeight)
                svg.rect(cell, fill: color(value, domain))
            }
        }
        svg.close("g")
        if printValues { drawValues(into: &svg, plot: plot, cellWidth: cellWidth, cellHeight: cellHeight, domain: domain) }
        svg.rect(plot, fill: nil, stroke: .axis)
        svg.open("g", [("font-size", "11")])
        for (r, label) in rowLabels.enumerated() {
            svg.text(TextMetrics.truncated(label, to: Heatmap.labelLimit, size: 11), x: plot.x - 6,
                     y: plot.y + (Double(r) + 0.5) * cellHeight + 4, anchor: "end", size: 11)
        }
        for (c, label) in columnLabels.enumerated() {
            let cx = plot.x + (Double(c) + 0.5) * cellWidth
            if rotate {
                svg.text(TextMetrics.truncated(label, to: Heatmap.labelLimit, size: 11), x: cx, y: plot.maxY + 12,
                         anchor: "end", size: 11, rotate: -45)
            } else {
                svg.text(TextMetrics.truncated(label, to: max(12, cellWidth - 4), size: 11), x: cx, y: plot.maxY + 15,
                         anchor: "middle", size: 11)
            }
        }
        svg.close("g")
        if let xLabel { svg.text(xLabel, x: plot.midX, y: frame.maxY - 6, anchor: "middle", color: .black) }
        if let yLabel { svg.text(yLabel, x: frame.x + 14, y: plot.midY, anchor: "middle", color: .black, rotate: -90) }
        return svg.markup
    }

    private func color(_ value: Double, _ domain: ClosedRange<Double>) -> Color {
        guard value.isFinite else { return Color(hex: 0xDDDDDD) }
        let span = domain.upperBound - domain.lowerBound
        return colorMap.color(at: span > 0 ? (value - domain.lowerBound) / span : 0.5)
    }

    private func drawValues(
        into svg: inout SVGBuilder, plot: Rect, cellWidth: Double, cellHeight: Double, domain: ClosedRange<Double>
    ) {
        let fontSize = min(11, cellHeight * 0.6)
        svg.open("g", [("font-size", NumberFormat.compact(fontSize)), ("text-anchor", "middle")])
        for (r, row) in matrix.enumerated() {
            for (c, value) in row.enumerated() where value.isFinite {
                let text = NumberFormat.label(value, decimals: 2)
                svg.element("text", [
                    ("x", NumberFormat.compact(plot.x + (Double(c) + 0.5) * cellWidth)),
                    ("y", NumberFormat.compact(plot.y + (Double(r) + 0.5) * cellHeight + fontSize * 0.35)),
                    ("fill", color(value, domain).contrastingText.hex),
                ], content: text)
            }
        }
        svg.close("g")
    }

    public var svg: String {
        standaloneSVG(width: size.width, height: size.height, description: summary)
    }

    public var summary: String {
        "Heatmap\(title.map { " '\($0)'" } ?? ""): \(matrix.count)×\(matrix[0].count) matrix"
    }

    public var data: Table {
        let header = [yLabel ?? "row"] + columnLabels
        let rows = matrix.enumerated().map { [rowLabels[$0]] + $1.map(NumberFormat.csv) }
        return Table(checkedHeader: header, rows: rows, title: title)
    }
}
