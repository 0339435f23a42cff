/// Every way a figure or table can refuse its input or fail to save; `PlotError+Message.swift`
/// words each case, naming the figure, the data and the position at fault.
public enum PlotError: Error, Equatable {
    /// A figure was given no data where it needs some (`what`: "x values of LineChart").
    case emptyData(what: String)
    /// Two inputs that must have the same length do not (`what` names the shorter/longer one).
    case lengthMismatch(what: String, expected: Int, actual: Int)
    /// A value that must be a finite number is NaN or infinite.
    case nonFinite(what: String, index: Int)
    /// The requested width or height is not a positive finite size.
    case invalidSize(width: Double, height: Double)
    /// A row of a matrix or table has the wrong number of cells.
    case raggedRows(what: String, row: Int, expected: Int, actual: Int)
    /// A grid was asked for a column count below one.
    case invalidColumns(Int)
    /// A waveform's sample rate is not positive.
    case invalidSampleRate(Double)
    /// A TextGrid interval whose end lies before its start, or whose bounds are not finite.
    case invalidInterval(tier: String, index: Int, start: Double, end: Double)
    /// A band whose lower bound lies above its upper bound.
    case invalidBand(series: String, index: Int, lower: Double, upper: Double)
    /// A value range whose minimum is not below its maximum.
    case invalidRange(what: String, lower: Double, upper: Double)
    /// Writing a figure or table to disk failed.
    case writeFailed(path: String, reason: String)
}
