import ArgumentParser
import FormantBuiltins
import FormantCore
import FormantInterpreter
import Foundation

/// `formant run SCRIPT`: runs a Formant script outside Jupyter.
///
/// Printed text goes to standard output, figures are written as SVG files, and a failing
/// script reports its error with the location on standard error and exits with status 1.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Formant script file outside Jupyter."
    )

    @Argument(help: "The script to run (Swift syntax, as in a notebook cell).")
    var script: String

    @Option(name: .long, help: "Where figures are written (default: beside the script).")
    var figures: String?

    func run() throws {
        let url = URL(fileURLWithPath: script)
        let code: String
        do {
            code = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ValidationError("cannot read script '\(script)': \(error.localizedDescription)")
        }
        let figureDirectory = figures.map { URL(fileURLWithPath: $0) } ?? url.deletingLastPathComponent()
        let output = TerminalOutput(
            figureDirectory: figureDirectory, figurePrefix: url.deletingPathExtension().lastPathComponent)
        let cancellation = CancellationToken()
        let interrupt = SignalInterrupt(cancellation: cancellation)
        defer { interrupt.stop() }
        let interpreter = Interpreter(registry: Builtins.registry())
        let outcome = interpreter.execute(code, output: output, cancellation: cancellation)
        output.endProgressLine()
        switch outcome {
        case .success:
            return
        case .failure(let failure):
            var standardError = FileHandle.standardError
            print("\(script): error", to: &standardError)
            // The traceback ends with "Name: message"; a failure without frames has only that line.
            let report = failure.traceback.isEmpty ? ["\(failure.name): \(failure.message)"] : failure.traceback
            for line in report { print(line, to: &standardError) }
            throw ExitCode.failure
        }
    }
}

extension FileHandle: @retroactive TextOutputStream {
    /// Writes `string` as UTF-8, so `print(_:to:)` can target standard error.
    public func write(_ string: String) {
        write(Data(string.utf8))
    }
}
