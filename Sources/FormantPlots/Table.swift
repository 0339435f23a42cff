import FormantCore

/// A table of text cells with a header: accuracy tables, summaries, and the data behind every figure.
///
/// Displays as `text/html` (a plain `<table>` that notebook themes style) with an aligned
/// `text/plain` fallback, and saves as CSV. Long tables show their first `displayLimit` rows.
public struct Table: RichDisplayable, Equatable {
    /// Column names.
    public let header: [String]
    /// Rows of cells, each as long as `header`.
    public let rows: [[String]]
    /// An optional caption.
    public let title: String?
    /// How many rows the HTML and plain-text displays show.
    public static let displayLimit = 100

    /// A table; throws if a row's length differs from the header's.
    public init(header: [String], rows: [[String]], title: String? = nil) throws {
        try Validation.nonEmpty(header, "table header")
        for (index, row) in rows.enumerated() where row.count != header.count {
            throw PlotError.raggedRows(what: "table", row: index, expected: header.count, actual: row.count)
        }
        self.init(checkedHeader: header, rows: rows, title: title)
    }

    /// A table whose shape the caller guarantees (figures building their data tables).
    init(checkedHeader header: [String], rows: [[String]], title: String? = nil) {
        self.header = header
        self.rows = rows
        self.title = title
    }

    /// A number as a table cell: up to `decimals` places, trailing zeros dropped, exponent form
    /// for very large or small magnitudes (`0.8125`, `1.5e-05`).
    public static func format(_ value: Double, decimals: Int = 4) -> String {
        NumberFormat.label(value, decimals: decimals)
    }

    /// The table as CSV (RFC 4180), every row included.
    public var csv: String {
        var text = CSVText(header: header)
        for row in rows { text.append(row) }
        return text.text
    }

    /// Writes the table as CSV to `path`, atomically.
    public func save(to path: String) throws {
        try FileOutput.writeAtomically(csv, to: path)
    }

    /// HTML and aligned plain text.
    public var mimeBundle: MIMEBundle { MIMEBundle(plain: plain, html: html) }

    /// The table as an HTML `<table>`; numeric cells are right-aligned.
    public var html: String {
        var out = "<table>\n"
        if let title { out += "<caption>\(title.htmlEscaped)</caption>\n" }
        out += "<thead><tr>" + header.map { "<th>\($0.htmlEscaped)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows.prefix(Table.displayLimit) {
            out += "<tr>" + row.map { cell in
                Table.isNumeric(cell)
                    ? "<td style=\"text-align:right\">\(cell.htmlEscaped)</td>" : "<td>\(cell.htmlEscaped)</td>"
            }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>"
        if let note = truncationNote { out += "\n<p>\(note.htmlEscaped)</p>" }
        return out
    }

    /// The table as aligned columns of text under a dashed rule.
    public var plain: String {
        let shown = Array(rows.prefix(Table.displayLimit))
        let widths = header.indices.map { column in
            ([header[column]] + shown.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { cell, width in
                let pad = String(repeating: " ", count: max(0, width - cell.count))
                return Table.isNumeric(cell) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingTrailingSpaces()
        }
        var lines = title.map { [$0] } ?? []
        lines.append(line(header))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines += shown.map(line)
        if let note = truncationNote { lines.append(note) }
        return lines.joined(separator: "\n")
    }

    private var truncationNote: String? {
        rows.count > Table.displayLimit ? "… \(rows.count - Table.displayLimit) more rows (save the table for all)" : nil
    }

    private static func isNumeric(_ cell: String) -> Bool {
        !cell.isEmpty && Double(cell) != nil
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var result = self
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
