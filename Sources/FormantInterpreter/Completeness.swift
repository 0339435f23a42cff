/// Whether a cell is ready to run, as the frontend's is_complete request asks.
public enum Completeness: Equatable {
    /// The code parses: run it.
    case complete
    /// The code continues on the next line (an open bracket, string or block); `indent` is the
    /// indentation to offer there.
    case incomplete(indent: String)
    /// The code has a syntax error that more lines cannot fix.
    case invalid
}
