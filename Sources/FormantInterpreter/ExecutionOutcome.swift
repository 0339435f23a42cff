import FormantCore

/// What running a cell gave: its result (the value of its last expression, if any) or a failure.
public enum ExecutionOutcome {
    /// The cell ran; the bundle is the last expression's value, or `nil` when there is none
    /// (the cell ends with a statement or with `;`).
    case success(MIMEBundle?)
    /// The cell stopped on a syntax error, a runtime error or an interrupt.
    case failure(ScriptFailure)
}

/// A failed cell as Jupyter reports it: `ename`, `evalue` and the traceback lines.
public struct ScriptFailure: Error, Equatable {
    /// The error's name (`SyntaxError`, `IndexError`, `Interrupted`, …).
    public let name: String
    /// The one-line explanation.
    public let message: String
    /// Lines to show under the message: source excerpts, script frames (innermost last).
    public let traceback: [String]

    /// A failure with its name, message and traceback.
    public init(name: String, message: String, traceback: [String]) {
        self.name = name
        self.message = message
        self.traceback = traceback
    }
}
