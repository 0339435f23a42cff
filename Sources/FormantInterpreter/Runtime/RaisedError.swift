/// An error on its way out of a cell: its Jupyter name and message, where it happened and the
/// script call stack at that moment (outermost first).
struct RaisedError: Error {
    /// The Jupyter `ename`.
    let name: String
    /// The Jupyter `evalue`.
    let message: String
    /// The innermost location the error passed through.
    var location: SourceLocation?
    /// The script frames active when the error was located (outermost first).
    var frames: [CallFrame]?

    /// An error of the language itself, at `location`.
    init(_ error: InterpreterError, at location: SourceLocation?) {
        name = error.name
        message = error.message
        self.location = location
    }

    /// An error with an explicit name and message (library errors, interrupts).
    init(name: String, message: String, at location: SourceLocation?) {
        self.name = name
        self.message = message
        self.location = location
    }
}

/// One active script call: the function's selector and where it was called from.
struct CallFrame {
    /// The callee as a traceback shows it: `f(_:)`, `closure`.
    let name: String
    /// The location of the call in the caller.
    let callSite: SourceLocation
}
