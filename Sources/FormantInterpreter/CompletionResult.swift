/// Completion candidates for the text being typed, and the span (Unicode scalar offsets) they replace.
public struct CompletionResult: Equatable {
    /// The candidates, best first.
    public let matches: [String]
    /// Where the replaced text starts.
    public let cursorStart: Int
    /// Where the replaced text ends (the cursor).
    public let cursorEnd: Int

    /// Candidates replacing `cursorStart..<cursorEnd`.
    public init(matches: [String], cursorStart: Int, cursorEnd: Int) {
        self.matches = matches
        self.cursorStart = cursorStart
        self.cursorEnd = cursorEnd
    }
}
