/// A MIME bundle with its metadata: the payload of `display_data`, `execute_result` and
/// `inspect_reply`.
public struct DisplayData: Equatable, Sendable {
    /// Representations keyed by MIME type (`text/plain`, `text/html`, `image/svg+xml`, …).
    public var data: JSONObject
    /// Per-representation metadata (sizes, `isolated`, …), often empty.
    public var metadata: JSONObject

    /// A bundle from JSON representations.
    public init(data: JSONObject, metadata: JSONObject = [:]) {
        self.data = data
        self.metadata = metadata
    }

    /// A bundle of textual representations (the common case: text, HTML, SVG).
    public init(text: [String: String], metadata: JSONObject = [:]) {
        self.init(data: text.mapValues(JSONValue.string), metadata: metadata)
    }
}
