/// A grid of panels in one figure, with shared scales so panels compare at a glance (one UMAP per
/// layer, one profile per task), one shared legend or colour bar, and each panel's title above it.
public struct SmallMultiples: Figure {
    public let panels: [any Panel]
    public let columns: Int
    public let title: String?
    /// Whether all panels use one x scale.
    public let shareX: Bool
    /// Whether all panels use one y scale.
    public let shareY: Bool
    public let size: FigureSize

    /// A grid filled row by row; the default size gives each panel 320×260 pixels.
    /// Throws when there are no panels or `columns` is below one.
    public init(
        _ panels: [any Panel], columns: Int = 3, title: String? = nil, shareX: Bool = true, shareY: Bool = true,
        size: FigureSize? = nil
    ) throws {
        try Validation.nonEmpty(panels, "panels of the grid")
        guard columns >= 1 else { throw PlotError.invalidColumns(columns) }
        let used = min(columns, panels.count)
        let rows = (panels.count + used - 1) / used
        self.panels = panels
        self.columns = used
        self.title = title
        self.shareX = shareX
        self.shareY = shareY
        self.size = try size ?? FigureSize(
            width: Double(used) * 320 + 90, height: Double(rows) * 260 + (title == nil ? 8 : FigureLayout.titleHeight))
    }

    /// The number of panel rows.
    public var rows: Int { (panels.count + columns - 1) / columns }

    public var svg: String {
        let shared = PanelExtents.union(panels.map(\.extents))
        let guide = Guide.merged(panels.compactMap(\.guide))
        let hasPanelTitles = panels.contains { $0.title != nil }
        return FigureLayout.document(
            width: size.width, height: size.height, title: title, description: summary, guide: guide,
            colorDomain: shared.color
        ) { svg, content in
            let cellWidth = content.width / Double(columns), cellHeight = content.height / Double(rows)
            for (index, panel) in panels.enumerated() {
                let cell = Rect(x: content.x + Double(index % columns) * cellWidth,
                                y: content.y + Double(index / columns) * cellHeight, width: cellWidth, height: cellHeight)
                var own = panel.extents
                if shareX, let x = shared.x { own.x = x }
                if shareY, let y = shared.y { own.y = y }
                own.color = shared.color
                var frame = cell
                if hasPanelTitles {
                    if let panelTitle = panel.title {
                        svg.text(panelTitle, x: cell.x + Axes.margins.left + (cell.width - Axes.margins.left) / 2,
                                 y: cell.y + 14, anchor: "middle", size: 13, color: .black)
                    }
                    frame = cell.inset(top: 18)
                }
                svg.open("g")
                svg.raw(panel.panelMarkup(in: frame, scales: PanelScales(covering: own)))
                svg.close("g")
            }
        }
    }

    public var summary: String {
        "Grid\(title.map { " '\($0)'" } ?? ""): \(panels.count) panels in \(rows)×\(columns)"
    }

    /// Every panel's data, stacked, with a leading `panel` column; columns are the union of the
    /// panels' columns in order of first appearance.
    public var data: Table {
        let tables = panels.map(\.data)
        var header: [String] = []
        for table in tables { for name in table.header where !header.contains(name) { header.append(name) } }
        var rows: [[String]] = []
        for (index, table) in tables.enumerated() {
            let label = panels[index].title ?? String(index + 1)
            let positions = header.map { table.header.firstIndex(of: $0) }
            rows += table.rows.map { row in [label] + positions.map { $0.map { row[$0] } ?? "" } }
        }
        return Table(checkedHeader: ["panel"] + header, rows: rows, title: title)
    }
}
