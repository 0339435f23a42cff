import FormantPlots
import FormantScript

// The script type names of the plotting library's values; their members are registered in
// `PlotBindings+Types.swift`.

extension LineChart: ScriptNative {
    public static var scriptTypeName: String { "LineChart" }
}

extension Scatter: ScriptNative {
    public static var scriptTypeName: String { "Scatter" }
}

extension Heatmap: ScriptNative {
    public static var scriptTypeName: String { "Heatmap" }
}

extension SmallMultiples: ScriptNative {
    public static var scriptTypeName: String { "Grid" }
}

extension UtteranceView: ScriptNative {
    public static var scriptTypeName: String { "UtteranceView" }
}

extension Table: ScriptNative {
    public static var scriptTypeName: String { "Table" }
}

extension Palette: ScriptNative {
    public static var scriptTypeName: String { "Palette" }
}

extension ColorMap: ScriptNative {
    public static var scriptTypeName: String { "ColorMap" }
}
