/// Completions of the code around a cursor, for `complete_reply`.
public struct CompletionReply: Equatable, Sendable {
    /// The candidate texts replacing `cursorStart..<cursorEnd`.
    public var matches: [String]
    /// Start of the replaced range, in Unicode scalars.
    public var cursorStart: Int
    /// End of the replaced range, in Unicode scalars.
    public var cursorEnd: Int
    /// Extra information for frontends (e.g. `_jupyter_types_experimental`).
    public var metadata: JSONObject

    /// A reply from its parts.
    public init(matches: [String], cursorStart: Int, cursorEnd: Int, metadata: JSONObject = [:]) {
        self.matches = matches
        self.cursorStart = cursorStart
        self.cursorEnd = cursorEnd
        self.metadata = metadata
    }
}
