import FormantCore
import FormantScript
import Foundation

/// Script output for `formant run`: text to the terminal, figures to numbered SVG files.
///
/// A progress bar redraws one line of standard error in place (`\r`); that line is ended before anything
/// else is written, before another operation's bar, and by `endProgressLine()` when the script stops, so
/// output and error reports always start on a line of their own.
final class TerminalOutput: ScriptOutput {
    private let figureDirectory: URL
    private let figurePrefix: String
    private var figureCount = 0
    /// The progress bar drawn on the current line and that line's width, while the line is open.
    private var openProgress: (displayID: String, width: Int)?

    /// Output that writes figures into `figureDirectory` as `<figurePrefix>-figure-N.svg`.
    init(figureDirectory: URL, figurePrefix: String) {
        self.figureDirectory = figureDirectory
        self.figurePrefix = figurePrefix
    }

    func write(_ text: String, to stream: FormantScript.OutputStream) {
        endProgressLine()
        emit(text, to: stream)
    }

    func display(_ bundle: MIMEBundle, displayID: String?) {
        if let displayID, displayID.hasPrefix("progress") {
            return update(bundle, displayID: displayID)
        }
        guard let svg = bundle.data["image/svg+xml"] else {
            write(bundle.plain + "\n", to: .stdout)
            return
        }
        figureCount += 1
        let file = figureDirectory.appendingPathComponent("\(figurePrefix)-figure-\(figureCount).svg")
        do {
            try Data(svg.utf8).write(to: file, options: .atomic)
            write("[figure written to \(file.path)]\n", to: .stdout)
        } catch {
            write("cannot write figure \(file.path): \(error.localizedDescription)\n", to: .stderr)
        }
    }

    func update(_ bundle: MIMEBundle, displayID: String) {
        guard displayID.hasPrefix("progress") else { return display(bundle, displayID: nil) }
        if let open = openProgress, open.displayID != displayID { endProgressLine() }
        // Blanks what a longer earlier state of the bar left on the line.
        let line = bundle.plain
        let blank = String(repeating: " ", count: max(0, (openProgress?.width ?? 0) - line.count))
        emit("\r" + line + blank, to: .stderr)
        openProgress = (displayID, line.count)
    }

    func clear(wait: Bool) {}

    func readLine(prompt: String, password: Bool) throws -> String {
        write(prompt, to: .stdout)
        return Swift.readLine() ?? ""
    }

    /// Ends the line of a progress bar still drawn, so that what follows starts on a new line.
    func endProgressLine() {
        guard openProgress != nil else { return }
        openProgress = nil
        emit("\n", to: .stderr)
    }

    private func emit(_ text: String, to stream: FormantScript.OutputStream) {
        let handle = stream == .stdout ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
    }
}
