/// A cell to run, as an `execute_request` describes it.
public struct ExecuteRequest: Equatable, Sendable {
    /// The source code of the cell.
    public var code: String
    /// Run quietly: no outputs broadcast, no `execute_result`, no history.
    public var silent: Bool
    /// Record the cell in history and give it an execution count.
    public var storeHistory: Bool
    /// Whether the frontend answers `input_request`s.
    public var allowStdin: Bool
    /// Whether an error aborts the requests queued behind this one.
    public var stopOnError: Bool
    /// The count this cell is shown with (`In [n]`).
    public var executionCount: Int
    /// Expressions to evaluate after the cell, by name.
    public var userExpressions: [String: String]

    /// A request from its parts.
    public init(
        code: String, silent: Bool = false, storeHistory: Bool = true, allowStdin: Bool = false,
        stopOnError: Bool = true, executionCount: Int = 1, userExpressions: [String: String] = [:]
    ) {
        self.code = code
        self.silent = silent
        self.storeHistory = storeHistory
        self.allowStdin = allowStdin
        self.stopOnError = stopOnError
        self.executionCount = executionCount
        self.userExpressions = userExpressions
    }
}
