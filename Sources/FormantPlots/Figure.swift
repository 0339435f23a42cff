import FormantCore

/// A figure: a self-contained SVG 1.1 document plus the data behind it as CSV.
///
/// Every figure shows itself in a notebook as `image/svg+xml` with a one-line `text/plain`
/// fallback, and `save(to:)` writes both files. Rendering is deterministic: the same figure
/// gives byte-identical SVG on every run and machine.
public protocol Figure: RichDisplayable {
    /// The figure as an SVG 1.1 document.
    var svg: String { get }
    /// The plotted data as a table (one row per plotted value), saved beside the figure as CSV.
    var data: Table { get }
    /// A one-line description, the plain-text fallback.
    var summary: String { get }
}

extension Figure {
    /// The SVG and its plain-text fallback.
    public var mimeBundle: MIMEBundle { MIMEBundle(plain: summary, svg: svg) }

    /// The plotted data as CSV (header line first).
    public var csv: String { data.csv }
}
