import FormantCore

extension Interpreter {
    /// Completion candidates at `cursor` (a Unicode scalar offset into `code`).
    public func complete(_ code: String, cursor: Int) -> CompletionResult {
        CodeCompleter(interpreter: self).complete(code, cursor: cursor)
    }

    /// Documentation of the name at `cursor`: a builtin's signature and doc, a type's members,
    /// a user function's declaration and `///` comment, a variable's type and value.
    public func inspect(_ code: String, cursor: Int) -> MIMEBundle? {
        Inspector(interpreter: self).inspect(code, cursor: cursor)
    }

    /// Whether `code` is ready to run, continues on the next line, or cannot parse.
    public func isComplete(_ code: String) -> Completeness {
        CompletenessChecker.check(code)
    }
}
