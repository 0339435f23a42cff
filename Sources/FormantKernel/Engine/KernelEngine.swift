/// The language behind the kernel: everything the protocol needs from an interpreter.
///
/// The kernel core does the protocol's bookkeeping (execution counts, history, status
/// messages, replies) and calls these hooks, so it stays language-free and can be tested with
/// a fake engine. Every method except `interrupt()` is called from the shell thread, one at a time.
public protocol KernelEngine: AnyObject {
    /// Who the kernel is and which language it runs, for `kernel_info_reply`.
    var info: KernelInfo { get }

    /// Runs a cell, writing its outputs through `io`, and says how it ended.
    func execute(_ request: ExecuteRequest, io: KernelIO) -> ExecuteOutcome

    /// Evaluates one of the request's `user_expressions` after the cell ran.
    ///
    /// `success(nil)` means the expression has no value to show.
    func evaluate(expression: String) -> ExecuteOutcome

    /// Completions for the code at `cursor` (a Unicode scalar offset).
    func complete(code: String, cursor: Int) -> CompletionReply

    /// Documentation of the name at `cursor`, or nil if there is nothing to show.
    func inspect(code: String, cursor: Int, detailLevel: Int) -> DisplayData?

    /// Whether `code` is ready to run or needs more lines.
    func isComplete(code: String) -> Completeness

    /// Asks the running cell to stop soon; called from the control thread or a signal handler.
    func interrupt()
}
