import Foundation
import FormantCore

/// A small table of text cells rendered as aligned plain text and as an HTML table: how analysis
/// results show themselves in a notebook.
struct DisplayTable {
    /// The caption above the table.
    let title: String
    /// Column headers (the first is the row-header column's).
    let header: [String]
    /// Rows of cells, each as long as `header`.
    let rows: [[String]]
    /// Lines shown under the table.
    var notes: [String] = []

    /// A number as the tables show it (four decimals).
    static func format(_ value: Double) -> String {
        value.isFinite ? String(format: "%.4f", value) : "\(value)"
    }

    /// The display bundle: `text/plain` and `text/html`.
    var bundle: MIMEBundle { MIMEBundle(plain: plain, html: html) }

    private var plain: String {
        let widths = header.indices.map { c in ([header[c]] + rows.map { $0[c] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in
                c == 0 ? cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                       : String(repeating: " ", count: widths[c] - cell.count) + cell
            }.joined(separator: "  ")
        }
        return ([title, line(header)] + rows.map(line) + notes).joined(separator: "\n")
    }

    private var html: String {
        let head = header.map { "<th>\($0.htmlEscaped)</th>" }.joined()
        let body = rows.map { row in
            "<tr>" + row.enumerated().map { c, cell in c == 0 ? "<th>\(cell.htmlEscaped)</th>" : "<td>\(cell.htmlEscaped)</td>" }.joined() + "</tr>"
        }.joined()
        let footer = notes.map { "<p>\($0.htmlEscaped)</p>" }.joined()
        return "<div class=\"formant-table\"><p><b>\(title.htmlEscaped)</b></p><table><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>\(footer)</div>"
    }
}
