/// Whether code is ready to run, for `is_complete_reply` (a console decides whether Enter runs it).
public enum Completeness: Equatable, Sendable {
    /// Ready to run.
    case complete
    /// Needs more lines; `indent` is suggested for the next one.
    case incomplete(indent: String)
    /// Cannot run (a syntax error more lines would not fix).
    case invalid
    /// The engine cannot tell.
    case unknown
}
