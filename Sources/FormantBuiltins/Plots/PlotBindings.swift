import FormantPlots
import FormantScript

/// The plotting library in the script language: `plot`, `scatter`, `grid`, `heatmap`, `table`,
/// `utteranceView` and `trainingCurve`, and the members of the values they return.
public enum PlotBindings {
    /// Registers the plotting functions and types into `registry`.
    public static func register(into registry: Registry) {
        registerTypes(into: registry)
        registerCharts(into: registry)
        registerCompositions(into: registry)
    }

    /// Runs a binding body, turning the library's input errors into argument errors of the call.
    static func guarded(_ arguments: BoundArguments, _ body: (PlotArguments) throws -> Value) throws -> Value {
        do {
            return try body(PlotArguments(arguments))
        } catch let error as PlotError {
            if case .writeFailed = error { throw ScriptError.library(kind: "IOError", message: error.description) }
            throw ScriptError.invalidArgument(function: arguments.signature.selector, message: error.description)
        }
    }

    private static func registerCharts(into registry: Registry) {
        registry.function(
            "plot(x: [Double]? = nil, series: [String: [Double]], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, lower: [String: [Double]]? = nil, upper: [String: [Double]]? = nil, yRange: [Double]? = nil, palette: Palette = .okabeIto, markers: Bool = true, width: Double = 640, height: Double = 400) -> LineChart",
            doc: """
                A line chart of one or more series over a shared x axis (layer profiles: SVCCA per layer for \
                tone, phone, sex). `series` maps names to values in order; NaN leaves a gap. `x` defaults to \
                0, 1, 2, …. `lower`/`upper` give a band per series name (confidence interval). `yRange: [0, 1]` \
                fixes the y axis. Shows as SVG; `.save(path)` writes it with its data as CSV.
                """
        ) { arguments, _ in
            try guarded(arguments) { try .native(PlotBindings.lineChart($0)) }
        }
        registry.function(
            "scatter(_ points: [[Double]], colorBy: [Any]? = nil, colorLabel: String? = nil, tooltips: [String]? = nil, categories: [String]? = nil, title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, palette: Palette = .okabeIto, colorMap: ColorMap = .viridis, pointSize: Double = 4, width: Double = 640, height: Double = 400) -> Scatter",
            doc: """
                A scatter of 2-D points (rows `[x, y]` or tuples `(x, y)`), e.g. a UMAP embedding. `colorBy` \
                gives a label per point: strings or integers colour by category with a legend (order with \
                `categories:`), decimals colour through `colorMap` with a colour bar titled `colorLabel`. \
                Up to 50,000 points stay compact; `tooltips` are shown for at most 2,000 points.
                """
        ) { arguments, _ in
            try guarded(arguments) { try .native(PlotBindings.scatter($0)) }
        }
        registry.function(
            "heatmap(_ matrix: [[Double]], rows: [String]? = nil, columns: [String]? = nil, title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, colorMap: ColorMap = .viridis, range: [Double]? = nil, showValues: Bool? = nil, width: Double = 640, height: Double = 400) -> Heatmap",
            doc: """
                A matrix as coloured cells with a colour bar (confusion matrices, layer × layer similarity). \
                `rows`/`columns` label the cells; `range: [0, 1]` fixes the colour scale; values are printed \
                in small matrices unless `showValues: false`. NaN cells are missing (grey).
                """
        ) { arguments, _ in
            try guarded(arguments) { try .native(PlotBindings.heatmap($0)) }
        }
        registry.function(
            "utteranceView(samples: [Double], sampleRate: Double, pitchTimes: [Double] = [], pitchValues: [Double] = [], tiers: [(String, [(Double, Double, String)])] = [], title: String? = nil, width: Double = 800) -> UtteranceView",
            doc: """
                An utterance as Praat shows it: waveform, pitch track and TextGrid tiers on one time axis. \
                `tiers` is a list of (name, intervals) or a dictionary name → intervals, each interval \
                (start, end, label) in seconds. Pitch values that are 0 or NaN are unvoiced.
                """
        ) { arguments, _ in
            try guarded(arguments) { try .native(PlotBindings.utteranceView($0)) }
        }
    }

    private static func registerCompositions(into registry: Registry) {
        registry.function(
            "grid(_ figures: [Figure], columns: Int = 3, title: String? = nil, shareX: Bool = true, shareY: Bool = true, width: Double? = nil, height: Double? = nil) -> Grid",
            doc: """
                Small multiples: line charts, scatters or heatmaps as panels of one figure, filled row by row, \
                with shared x and y scales (turn off with `shareX:`/`shareY:`), one legend and each panel's \
                title above it.
                """
        ) { arguments, _ in
            try guarded(arguments) { try .native(PlotBindings.grid($0)) }
        }
        registry.function(
            "table(_ rows: [[Any]], header: [String], title: String? = nil) -> Table",
            doc: """
                A table with a header, shown as HTML with a plain-text fallback; numbers are formatted with \
                up to 4 decimals. `.save(path)` writes it as CSV.
                """
        ) { arguments, _ in
            try guarded(arguments) { try .native(PlotBindings.table($0)) }
        }
        registry.function(
            "trainingCurve(title: String? = nil, xLabel: String = \"step\") -> TrainingCurve",
            doc: """
                A live training curve: call `curve.record(step: s, ["loss": l, "accuracy": a])` in the training \
                loop and the figure (one panel per metric) updates in place in the cell.
                """
        ) { arguments, _ in
            try guarded(arguments) { _ in
                let curve = TrainingCurve(
                    title: try arguments.string("title", default: nil), xLabel: try arguments.string("xLabel", default: "step") ?? "step")
                return .native(LiveTrainingCurve(curve: curve))
            }
        }
    }
}
