import FormantPlots
import FormantScript

/// The members of the plotting library's values: every figure's `save`, `svg`, `csv`, `data`;
/// the table's; the training curve's `record`/`show`; the palettes and colour maps as implicit members.
extension PlotBindings {
    static func registerTypes(into registry: Registry) {
        registerFigure(LineChart.self, doc: "A line chart (from `plot`).", into: registry)
        registerFigure(Scatter.self, doc: "A scatter of 2-D points (from `scatter`).", into: registry)
        registerFigure(Heatmap.self, doc: "A matrix drawn as coloured cells (from `heatmap`).", into: registry)
        registerFigure(SmallMultiples.self, doc: "A grid of panels with shared scales (from `grid`).", into: registry)
        registerFigure(UtteranceView.self, doc: "Waveform, pitch and TextGrid tiers (from `utteranceView`).", into: registry)
        registerTrainingCurve(into: registry)
        registerTable(into: registry)
        registerChoices(Palette.self, doc: "A colour-blind-safe categorical palette.", into: registry)
        registerChoices(ColorMap.self, doc: "A perceptually uniform colour map for continuous values.", into: registry)
    }

    private static func registerFigure<T: Figure & ScriptNative>(_ type: T.Type, doc: String, into registry: Registry) {
        registry.type(T.scriptTypeName, doc: doc + " Shows as SVG in the notebook.") { descriptor in
            descriptor.method(
                "save(_ path: String)",
                doc: "Writes the figure as SVG to `path` (ending in .svg) and its data as CSV to `path + \".csv\"`, atomically."
            ) { receiver, arguments, _ in
                try guarded(arguments) { _ in
                    try figure(receiver, as: T.self).save(to: try arguments.savePath(extensions: ["svg"]))
                    return .void
                }
            }
            descriptor.property("svg", type: "String", doc: "The figure as an SVG 1.1 document.") {
                .string(try figure($0, as: T.self).svg)
            }
            descriptor.property("csv", type: "String", doc: "The plotted data as CSV.") {
                .string(try figure($0, as: T.self).csv)
            }
            descriptor.property("data", type: "Table", doc: "The plotted data as a table.") {
                .native(try figure($0, as: T.self).data)
            }
            descriptor.property("summary", type: "String", doc: "A one-line description of the figure.") {
                .string(try figure($0, as: T.self).summary)
            }
        }
    }

    private static func figure<T: ScriptNative>(_ receiver: Value, as type: T.Type) throws -> T {
        guard let object = receiver.native(as: T.self) else {
            throw ScriptError.argumentType(function: T.scriptTypeName, parameter: "self", expected: T.scriptTypeName,
                                           actual: receiver.typeName)
        }
        return object
    }

    private static func registerTrainingCurve(into registry: Registry) {
        registry.type(LiveTrainingCurve.scriptTypeName, doc: "A training curve updated live (from `trainingCurve`).") { descriptor in
            descriptor.method(
                "record(step: Double, _ values: [String: Double])",
                doc: "Records the metrics' values at `step` (NaN leaves a gap) and updates the figure shown in the cell."
            ) { receiver, arguments, context in
                try guarded(arguments) { plot in
                    let values = try plot.pairs(try arguments.value("values"), at: "values").map { name, value in
                        (name: name, value: try plot.number(value, at: "values[\"\(name)\"]"))
                    }
                    try figure(receiver, as: LiveTrainingCurve.self).record(
                        step: try arguments.double("step"), values, context: context)
                    return .void
                }
            }
            descriptor.method("show()", doc: "Shows the curve in the cell (updated in place by later `record`s).") {
                receiver, _, context in
                try figure(receiver, as: LiveTrainingCurve.self).show(in: context)
                return .void
            }
            descriptor.method(
                "save(_ path: String)", doc: "Writes the curve as SVG to `path` (ending in .svg) and its data as CSV to `path + \".csv\"`."
            ) { receiver, arguments, _ in
                try guarded(arguments) { _ in
                    try figure(receiver, as: LiveTrainingCurve.self).curve.save(to: try arguments.savePath(extensions: ["svg"]))
                    return .void
                }
            }
            descriptor.property("data", type: "Table", doc: "Every recorded (metric, step, value).") {
                .native(try figure($0, as: LiveTrainingCurve.self).curve.data)
            }
            descriptor.property("svg", type: "String", doc: "The curve as an SVG 1.1 document.") {
                .string(try figure($0, as: LiveTrainingCurve.self).curve.svg)
            }
        }
    }

    private static func registerTable(into registry: Registry) {
        registry.type(Table.scriptTypeName, doc: "A table with a header; shows as HTML.") { descriptor in
            descriptor.method("save(_ path: String)", doc: "Writes the table as CSV to `path` (ending in .csv), atomically.") {
                receiver, arguments, _ in
                try guarded(arguments) { _ in
                    try figure(receiver, as: Table.self).save(to: try arguments.savePath(extensions: ["csv"]))
                    return .void
                }
            }
            descriptor.property("header", type: "[String]", doc: "The column names.") {
                .array(try figure($0, as: Table.self).header.map(Value.string))
            }
            descriptor.property("rows", type: "[[String]]", doc: "The cells, row by row.") {
                .array(try figure($0, as: Table.self).rows.map { .array($0.map(Value.string)) })
            }
            descriptor.property("count", type: "Int", doc: "The number of rows.") {
                .int(try figure($0, as: Table.self).rows.count)
            }
            descriptor.property("csv", type: "String", doc: "The table as CSV.") {
                .string(try figure($0, as: Table.self).csv)
            }
            descriptor.property("html", type: "String", doc: "The table as an HTML <table>.") {
                .string(try figure($0, as: Table.self).html)
            }
        }
    }

    private static func registerChoices<T: ScriptNative & CaseIterable & RawRepresentable>(
        _ type: T.Type, doc: String, into registry: Registry
    ) where T.RawValue == String {
        registry.type(T.scriptTypeName, doc: doc) { descriptor in
            for choice in T.allCases {
                descriptor.staticProperty(choice.rawValue, type: T.scriptTypeName, doc: "The \(choice.rawValue) \(T.scriptTypeName).") {
                    .native(choice)
                }
            }
        }
    }
}
