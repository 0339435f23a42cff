/// A value's representations keyed by MIME type, as Jupyter's `display_data` carries them.
///
/// Every displayable Formant value offers `text/plain`; richer types add `text/html`
/// (tables, summaries) or `image/svg+xml` (figures). Frontends pick the richest one they can show.
public struct MIMEBundle: Equatable, Sendable {
    /// The representations, keyed by MIME type (`text/plain`, `text/html`, `image/svg+xml`, …).
    public var data: [String: String]

    /// A bundle with a plain-text representation and any richer ones.
    public init(plain: String, html: String? = nil, svg: String? = nil) {
        data = ["text/plain": plain]
        if let html { data["text/html"] = html }
        if let svg { data["image/svg+xml"] = svg }
    }

    /// A bundle from explicit MIME-keyed representations.
    public init(data: [String: String]) {
        self.data = data
    }

    /// The plain-text representation (empty if none was given).
    public var plain: String { data["text/plain"] ?? "" }
}
