/// Loss and accuracy per training step, drawn live: the caller records values and re-renders,
/// and a notebook replaces the shown figure (`update_display_data`) each time.
///
/// Each metric gets its own panel (own y scale, shared step axis), in order of first recording.
/// A reference type, because the training loop and the display share one growing record.
public final class TrainingCurve: Figure {
    public let title: String?
    public let xLabel: String
    /// The panel size; the figure is as wide as two panels side by side at most.
    public let panelSize: FigureSize
    private var metrics: [(name: String, steps: [Double], values: [Double])] = []

    /// An empty curve.
    public init(title: String? = nil, xLabel: String = "step", panelSize: FigureSize = .trainingPanel) {
        self.title = title
        self.xLabel = xLabel
        self.panelSize = panelSize
    }

    /// The names of the metrics recorded so far, in order of first appearance.
    public var metricNames: [String] { metrics.map(\.name) }

    /// The number of recorded (step, value) pairs over all metrics.
    public var count: Int { metrics.reduce(0) { $0 + $1.steps.count } }

    /// Records the metrics' values at `step`; NaN is kept as a gap (a diverged loss), infinity and
    /// a non-finite step are refused.
    public func record(step: Double, _ values: [(name: String, value: Double)]) throws {
        guard step.isFinite else { throw PlotError.nonFinite(what: "training step", index: count) }
        for (name, value) in values where value.isInfinite {
            throw PlotError.nonFinite(what: "metric '\(name)' at step \(NumberFormat.label(step))", index: 0)
        }
        for (name, value) in values {
            if let index = metrics.firstIndex(where: { $0.name == name }) {
                metrics[index].steps.append(step)
                metrics[index].values.append(value)
            } else {
                metrics.append((name, [step], [value]))
            }
        }
    }

    /// The figure as it stands: a grid of one line chart per metric.
    public func figure() throws -> SmallMultiples? {
        guard !metrics.isEmpty else { return nil }
        let panels = try metrics.enumerated().map { index, metric in
            try LineChart(
                x: metric.steps, series: [LineSeries(metric.name, values: metric.values, color: Palette.okabeIto.color(index))],
                title: metric.name,
                xLabel: xLabel, palette: .okabeIto, markers: metric.steps.count <= 30, size: panelSize)
        }
        let columns = min(2, panels.count)
        let rows = (panels.count + columns - 1) / columns
        let size = try FigureSize(
            width: Double(columns) * panelSize.width,
            height: Double(rows) * panelSize.height + (title == nil ? 8 : FigureLayout.titleHeight))
        return try SmallMultiples(panels, columns: columns, title: title, shareX: true, shareY: false, size: size)
    }

    public var svg: String {
        if let grid = try? figure() { return grid.svg }
        return FigureLayout.document(
            width: panelSize.width, height: panelSize.height, title: title, description: summary, guide: nil
        ) { svg, content in
            svg.text("waiting for the first step", x: content.midX, y: content.midY, anchor: "middle", color: .axis)
        }
    }

    public var summary: String {
        let latest = metrics.map { "\($0.name) \(NumberFormat.label($0.values.last ?? .nan))" }.joined(separator: ", ")
        let step = metrics.compactMap { $0.steps.last }.max().map { " at step \(NumberFormat.label($0))" } ?? ""
        return "TrainingCurve\(title.map { " '\($0)'" } ?? ""): \(metrics.isEmpty ? "no steps yet" : latest + step)"
    }

    public var data: Table {
        let rows = metrics.flatMap { metric in
            zip(metric.steps, metric.values).map { [metric.name, NumberFormat.csv($0), NumberFormat.csv($1)] }
        }
        return Table(checkedHeader: ["metric", xLabel, "value"], rows: rows, title: title)
    }
}
