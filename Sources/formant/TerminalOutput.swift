import FormantCore
import FormantScript
import Foundation

/// Script output for `formant run`: text to the terminal, figures to numbered SVG files.
final class TerminalOutput: ScriptOutput {
    private let figureDirectory: URL
    private let figurePrefix: String
    private var figureCount = 0

    /// Output that writes figures into `figureDirectory` as `<figurePrefix>-figure-N.svg`.
    init(figureDirectory: URL, figurePrefix: String) {
        self.figureDirectory = figureDirectory
        self.figurePrefix = figurePrefix
    }

    func write(_ text: String, to stream: FormantScript.OutputStream) {
        let handle = stream == .stdout ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
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
        if displayID.hasPrefix("progress") {
            // A progress bar redraws its own terminal line on standard error.
            write("\r" + bundle.plain, to: .stderr)
        } else {
            display(bundle, displayID: nil)
        }
    }

    func clear(wait: Bool) {}

    func readLine(prompt: String, password: Bool) throws -> String {
        write(prompt, to: .stdout)
        return Swift.readLine() ?? ""
    }
}
