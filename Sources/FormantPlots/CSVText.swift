import Foundation

/// CSV text as RFC 4180 writes it: comma-separated, fields quoted when they hold a comma, a quote
/// or a line break, lines ended by `\n`.
struct CSVText {
    private(set) var text = ""

    /// A CSV document starting with `header`.
    init(header: [String]) {
        append(header)
    }

    /// Appends one record.
    mutating func append(_ fields: [String]) {
        text += fields.map(CSVText.escape).joined(separator: ",") + "\n"
    }

    /// Appends one record of numbers (NaN as an empty field).
    mutating func append(numbers: [Double]) {
        append(numbers.map(NumberFormat.csv))
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
