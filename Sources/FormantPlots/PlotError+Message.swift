extension PlotError: CustomStringConvertible {
    /// The one-line explanation shown to the user.
    public var description: String {
        switch self {
        case .emptyData(let what):
            return "\(what) is empty: a figure needs at least one value"
        case .lengthMismatch(let what, let expected, let actual):
            return "\(what) has \(actual) values, expected \(expected)"
        case .nonFinite(let what, let index):
            return "\(what) has a non-finite value (NaN or infinity) at index \(index)"
        case .invalidSize(let width, let height):
            return "figure size \(width)×\(height) is invalid: width and height must be positive and finite"
        case .raggedRows(let what, let row, let expected, let actual):
            return "\(what): row \(row) has \(actual) cells, expected \(expected) like the first row"
        case .invalidColumns(let columns):
            return "grid columns must be at least 1, got \(columns)"
        case .invalidSampleRate(let rate):
            return "sample rate must be positive and finite, got \(rate)"
        case .invalidInterval(let tier, let index, let start, let end):
            return "tier '\(tier)': interval \(index) runs from \(start) to \(end); it must be finite with start ≤ end"
        case .invalidBand(let series, let index, let lower, let upper):
            return "series '\(series)': band at index \(index) has lower \(lower) above upper \(upper)"
        case .invalidRange(let what, let lower, let upper):
            return "\(what): range \(lower)...\(upper) is invalid; it must be finite with lower < upper"
        case .writeFailed(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        }
    }
}
