import FormantPlots
import FormantScript

/// Builds each figure from a call's arguments (the bodies of the registered functions).
extension PlotBindings {
    static func lineChart(_ plot: PlotArguments) throws -> LineChart {
        let arguments = plot.arguments
        let named = try plot.pairs(try arguments.value("series"), at: "series")
        let lower = try bandEdges("lower", plot), upper = try bandEdges("upper", plot)
        let series = try named.map { name, values in
            LineSeries(name, values: try plot.numbers(values, at: "series[\"\(name)\"]"), lower: lower[name], upper: upper[name])
        }
        for name in Set(lower.keys).union(upper.keys) where !named.contains(where: { $0.key == name }) {
            throw plot.invalid("band given for '\(name)', which is not a series (series: \(named.map(\.key).joined(separator: ", ")))")
        }
        let count = series.first?.values.count ?? 0
        return try LineChart(
            x: try plot.optionalNumbers("x") ?? (0..<count).map(Double.init), series: series,
            title: try arguments.string("title", default: nil), xLabel: try arguments.string("xLabel", default: nil),
            yLabel: try arguments.string("yLabel", default: nil), yRange: try plot.optionalRange("yRange"),
            palette: try plot.choice("palette", default: Palette.okabeIto), markers: try arguments.bool("markers", default: true),
            size: try plot.size(width: 640, height: 400))
    }

    private static func bandEdges(_ name: String, _ plot: PlotArguments) throws -> [String: [Double]] {
        guard plot.arguments.has(name) else { return [:] }
        var edges: [String: [Double]] = [:]
        for (key, value) in try plot.pairs(try plot.arguments.value(name), at: name) {
            edges[key] = try plot.numbers(value, at: "\(name)[\"\(key)\"]")
        }
        return edges
    }

    static func scatter(_ plot: PlotArguments) throws -> Scatter {
        let arguments = plot.arguments
        return try Scatter(
            points: try plot.rows(try arguments.value("points"), at: "points"), coloring: try coloring(plot),
            tooltips: try plot.optionalLabels("tooltips"), title: try arguments.string("title", default: nil),
            xLabel: try arguments.string("xLabel", default: nil), yLabel: try arguments.string("yLabel", default: nil),
            palette: try plot.choice("palette", default: Palette.okabeIto),
            colorMap: try plot.choice("colorMap", default: ColorMap.viridis), categoryOrder: try plot.optionalLabels("categories"),
            pointSize: try arguments.double("pointSize", default: 4), size: try plot.size(width: 640, height: 400))
    }

    /// Strings and integers colour by category, decimals by value.
    private static func coloring(_ plot: PlotArguments) throws -> ScatterColoring {
        guard plot.arguments.has("colorBy") else { return .uniform }
        let value = try plot.arguments.value("colorBy")
        if case .symbol(let member) = value {
            throw plot.invalid("colorBy: .\(member) needs labels attached to the points; pass an array with one label per point")
        }
        let labels = try plot.elements(value, at: "colorBy")
        if labels.contains(where: { if case .double = $0 { return true } else { return false } }) {
            return .values(try plot.numbers(value, at: "colorBy"), label: try plot.arguments.string("colorLabel", default: nil))
        }
        return .categories(labels.map(plot.label))
    }

    static func heatmap(_ plot: PlotArguments) throws -> Heatmap {
        let arguments = plot.arguments
        let showValues: Bool? = arguments.has("showValues") ? try arguments.bool("showValues") : nil
        return try Heatmap(
            try plot.rows(try arguments.value("matrix"), at: "matrix"), rowLabels: try plot.optionalLabels("rows"),
            columnLabels: try plot.optionalLabels("columns"), title: try arguments.string("title", default: nil),
            xLabel: try arguments.string("xLabel", default: nil), yLabel: try arguments.string("yLabel", default: nil),
            colorMap: try plot.choice("colorMap", default: ColorMap.viridis), range: try plot.optionalRange("range"),
            showValues: showValues, size: try plot.size(width: 640, height: 400))
    }

    static func utteranceView(_ plot: PlotArguments) throws -> UtteranceView {
        let arguments = plot.arguments
        var tiers: [TextGridTier] = []
        if arguments.has("tiers") {
            for (name, intervals) in try plot.pairs(try arguments.value("tiers"), at: "tiers") {
                let path = "tiers[\"\(name)\"]"
                let parsed = try plot.elements(intervals, at: path).enumerated().map { index, interval -> TextGridInterval in
                    let parts = try plot.elements(interval, at: "\(path)[\(index)]")
                    guard parts.count == 3 else { throw plot.invalid("\(path)[\(index)] must be (start, end, label)") }
                    return TextGridInterval(
                        start: try plot.number(parts[0], at: "\(path)[\(index)].start"),
                        end: try plot.number(parts[1], at: "\(path)[\(index)].end"), label: plot.label(parts[2]))
                }
                tiers.append(TextGridTier(name: name, intervals: parsed))
            }
        }
        return try UtteranceView(
            samples: try plot.numbers(try arguments.value("samples"), at: "samples"),
            sampleRate: try arguments.double("sampleRate"), pitchTimes: try plot.optionalNumbers("pitchTimes") ?? [],
            pitchValues: try plot.optionalNumbers("pitchValues") ?? [], tiers: tiers,
            title: try arguments.string("title", default: nil), width: try arguments.double("width", default: 800))
    }

    static func grid(_ plot: PlotArguments) throws -> SmallMultiples {
        let arguments = plot.arguments
        let panels = try plot.elements(try arguments.value("figures"), at: "figures").enumerated().map { index, value -> any Panel in
            guard case .native(let object) = value, let panel = object.object as? any Panel else {
                throw plot.mismatch("figures[\(index)]", expected: "LineChart, Scatter or Heatmap", got: value)
            }
            return panel
        }
        var size: FigureSize?
        if arguments.has("width") || arguments.has("height") {
            let columns = max(1, min(try arguments.int("columns", default: 3), panels.count))
            let rows = (panels.count + columns - 1) / columns
            size = try plot.size(width: Double(columns) * 320 + 90, height: Double(rows) * 260 + 30)
        }
        return try SmallMultiples(
            panels, columns: try arguments.int("columns", default: 3), title: try arguments.string("title", default: nil),
            shareX: try arguments.bool("shareX", default: true), shareY: try arguments.bool("shareY", default: true), size: size)
    }

    static func table(_ plot: PlotArguments) throws -> Table {
        let arguments = plot.arguments
        let rows = try plot.elements(try arguments.value("rows"), at: "rows").enumerated().map { index, row in
            try plot.elements(row, at: "rows[\(index)]").map(plot.label)
        }
        let header = try plot.elements(try arguments.value("header"), at: "header").map(plot.label)
        return try Table(header: header, rows: rows, title: try arguments.string("title", default: nil))
    }
}
