/// How a cell or user expression ended.
public enum ExecuteOutcome: Equatable, Sendable {
    /// It ran; the value of its last expression, if it has one to show.
    case success(DisplayData?)
    /// It failed (syntax error, runtime error, `Interrupted`).
    case failure(ExecutionError)
}

extension ExecuteOutcome {
    /// Whether the cell failed.
    public var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}

/// An error raised by a cell, in the shape of Jupyter's `error` message.
public struct ExecutionError: Error, Equatable, Sendable {
    /// The error's name (`SyntaxError`, `Interrupted`, …).
    public var name: String
    /// The error's message.
    public var value: String
    /// Lines to show, innermost frame last.
    public var traceback: [String]

    /// An error from its parts.
    public init(name: String, value: String, traceback: [String]) {
        self.name = name
        self.value = value
        self.traceback = traceback
    }
}
