/// What a running cell can do to its frontend: the kernel implements it by publishing on IOPub
/// (with the executing request as parent) and by asking on the stdin channel.
public protocol KernelIO: AnyObject {
    /// Appends `text` to the named stream (`stdout` or `stderr`).
    func stream(_ name: String, _ text: String)
    /// Shows a rich value; with a `displayID`, `updateDisplay` can later replace it.
    func display(_ value: DisplayData, displayID: String?)
    /// Replaces every output shown with `displayID`.
    func updateDisplay(_ value: DisplayData, displayID: String)
    /// Clears the cell's output, now or (`wait`) when the next output arrives.
    func clearOutput(wait: Bool)
    /// Asks the user for a line of text; throws `KernelError.stdinNotAllowed` when the frontend
    /// cannot answer, `KernelError.inputInterrupted` when the user interrupts the wait.
    func input(prompt: String, password: Bool) throws -> String
}
