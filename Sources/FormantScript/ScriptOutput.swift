import FormantCore

/// Where a running script's output goes: the kernel publishes it on IOPub, `formant run`
/// writes text to the terminal and figures to files, tests collect it.
public protocol ScriptOutput: AnyObject {
    /// Text written by `print` (`stdout`) or by warnings (`stderr`).
    func write(_ text: String, to stream: OutputStream)
    /// Shows a rich value; with a `displayID` it can later be replaced by `update`.
    func display(_ bundle: MIMEBundle, displayID: String?)
    /// Replaces what an earlier `display` with the same `displayID` shows.
    func update(_ bundle: MIMEBundle, displayID: String)
    /// Clears the cell's output, at once or (`wait`) when the next output arrives.
    func clear(wait: Bool)
    /// Asks the user for a line of text, or throws when the frontend cannot be asked.
    func readLine(prompt: String, password: Bool) throws -> String
}

/// The two text streams of a cell.
public enum OutputStream: String, Sendable {
    case stdout, stderr
}
