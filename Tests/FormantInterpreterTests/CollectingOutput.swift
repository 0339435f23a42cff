import FormantCore
import FormantInterpreter
import FormantScript
import XCTest

/// A ScriptOutput that records everything a cell writes or shows, for assertions.
final class CollectingOutput: ScriptOutput {
    var stdout = ""
    var stderr = ""
    var displays: [(bundle: MIMEBundle, id: String?)] = []
    var updates: [(bundle: MIMEBundle, id: String)] = []
    var clears: [Bool] = []
    var inputs: [String] = []

    func write(_ text: String, to stream: FormantScript.OutputStream) {
        if stream == .stdout { stdout += text } else { stderr += text }
    }
    func display(_ bundle: MIMEBundle, displayID: String?) { displays.append((bundle, displayID)) }
    func update(_ bundle: MIMEBundle, displayID: String) { updates.append((bundle, displayID)) }
    func clear(wait: Bool) { clears.append(wait) }
    func readLine(prompt: String, password: Bool) throws -> String {
        guard !inputs.isEmpty else { throw ScriptError.invalidArgument(function: "readLine()", message: "no input") }
        return inputs.removeFirst()
    }
}

/// An interpreter with a collecting output and helpers to run cells and check their results.
final class ScriptHarness {
    let registry: Registry
    let interpreter: Interpreter
    let output = CollectingOutput()
    let token = CancellationToken()

    init(registry: Registry = Registry()) {
        self.registry = registry
        interpreter = Interpreter(registry: registry)
    }

    /// Runs a cell and returns its outcome.
    @discardableResult
    func run(_ code: String) -> ExecutionOutcome {
        interpreter.execute(code, output: output, cancellation: token)
    }

    /// Runs a cell that must succeed and returns the plain text of its value (nil when none).
    func value(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        switch run(code) {
        case .success(let bundle): return bundle?.plain
        case .failure(let failure):
            XCTFail("cell failed: \(failure.name): \(failure.message)\n\(failure.traceback.joined(separator: "\n"))",
                    file: file, line: line)
            return nil
        }
    }

    /// Runs a cell that must fail and returns the failure.
    func failure(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> ScriptFailure? {
        switch run(code) {
        case .success(let bundle):
            XCTFail("cell succeeded with \(bundle?.plain ?? "no value")", file: file, line: line)
            return nil
        case .failure(let failure): return failure
        }
    }
}
