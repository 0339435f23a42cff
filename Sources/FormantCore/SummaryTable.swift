/// A titled list of `name: value` entries: how a corpus or embeddings summarise themselves, as plain text
/// (the title, then one indented `name: value` line per entry) and as a two-column HTML table.
public struct SummaryTable: Sendable {
    /// The title line (plain) or caption (HTML).
    public let title: String
    /// The entries, in display order.
    public let entries: [(name: String, value: String)]

    /// A summary titled `title` listing `entries`.
    public init(title: String, entries: [(String, String)]) {
        self.title = title
        self.entries = entries.map { (name: $0.0, value: $0.1) }
    }

    /// The title and one indented `name: value` line per entry.
    public var plain: String {
        ([title] + entries.map { "  \($0.name): \($0.value)" }).joined(separator: "\n")
    }

    /// An HTML table with the title as a bold caption, names as row headers, everything left-aligned.
    public var html: String {
        "<table><caption style=\"text-align:left\"><b>\(title.htmlEscaped)</b></caption>\(Self.htmlRows(entries))</table>"
    }

    /// One left-aligned HTML row per `(name, value)` entry, the name as its header: the body of any
    /// name–value table (the model and its configuration show theirs without a caption).
    public static func htmlRows(_ entries: [(String, String)]) -> String {
        entries.map {
            "<tr><th style=\"text-align:left\">\($0.0.htmlEscaped)</th><td style=\"text-align:left\">\($0.1.htmlEscaped)</td></tr>"
        }.joined()
    }

    /// The plain and HTML forms as one display bundle.
    public var bundle: MIMEBundle { MIMEBundle(plain: plain, html: html) }
}
