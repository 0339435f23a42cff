import FormantBuiltins
import FormantCore
import FormantInterpreter
import FormantKernel
import FormantScript

/// The Formant script language as a kernel engine: adapts `Interpreter` to `KernelEngine`.
///
/// Owns the interpreter (with every library registered) and the cancellation token that
/// `interrupt()` sets; the token is reset before each cell, so an interrupt stops only the
/// cell that is running. Script output goes to the kernel through `KernelScriptOutput`.
final class ScriptEngine: KernelEngine {
    private let interpreter: Interpreter
    private let cancellation = CancellationToken()

    let info = KernelInfo(
        implementation: "formant",
        implementationVersion: FormantVersion.string,
        language: LanguageInfo(
            name: "swift", version: "6.3", mimetype: "text/x-swift", fileExtension: ".swift",
            pygmentsLexer: "swift", codemirrorMode: "swift"),
        banner: """
            Formant \(FormantVersion.string): Swift-syntax scripts for the phonetic analysis of wav2vec 2.0 \
            embeddings (models, corpora, SVCCA/PWCCA/CKA, probes, UMAP, figures).
            """,
        helpLinks: [HelpLink(text: "The Swift Programming Language", url: "https://docs.swift.org/swift-book/")])

    /// An engine whose interpreter knows every builtin library function and type.
    init(registry: Registry = Builtins.registry()) {
        interpreter = Interpreter(registry: registry)
    }

    func execute(_ request: ExecuteRequest, io: KernelIO) -> ExecuteOutcome {
        cancellation.reset()
        return Self.outcome(interpreter.execute(request.code, output: KernelScriptOutput(io), cancellation: cancellation))
    }

    func evaluate(expression: String) -> ExecuteOutcome {
        Self.outcome(interpreter.evaluate(expression, output: DiscardedOutput(), cancellation: cancellation))
    }

    func complete(code: String, cursor: Int) -> CompletionReply {
        let result = interpreter.complete(code, cursor: cursor)
        return CompletionReply(matches: result.matches, cursorStart: result.cursorStart, cursorEnd: result.cursorEnd)
    }

    func inspect(code: String, cursor: Int, detailLevel: Int) -> DisplayData? {
        interpreter.inspect(code, cursor: cursor).map { DisplayData(text: $0.data) }
    }

    func isComplete(code: String) -> FormantKernel.Completeness {
        switch interpreter.isComplete(code) {
        case .complete: return .complete
        case .incomplete(let indent): return .incomplete(indent: indent)
        case .invalid: return .invalid
        }
    }

    func interrupt() {
        cancellation.cancel()
    }

    private static func outcome(_ outcome: ExecutionOutcome) -> ExecuteOutcome {
        switch outcome {
        case .success(let bundle):
            return .success(bundle.map { DisplayData(text: $0.data) })
        case .failure(let failure):
            return .failure(ExecutionError(name: failure.name, value: failure.message, traceback: failure.traceback))
        }
    }
}

/// A cell's script output, forwarded to the kernel's IOPub and stdin channels.
private final class KernelScriptOutput: ScriptOutput {
    private let io: KernelIO

    init(_ io: KernelIO) {
        self.io = io
    }

    func write(_ text: String, to stream: FormantScript.OutputStream) {
        io.stream(stream.rawValue, text)
    }

    func display(_ bundle: MIMEBundle, displayID: String?) {
        io.display(DisplayData(text: bundle.data), displayID: displayID)
    }

    func update(_ bundle: MIMEBundle, displayID: String) {
        io.updateDisplay(DisplayData(text: bundle.data), displayID: displayID)
    }

    func clear(wait: Bool) {
        io.clearOutput(wait: wait)
    }

    func readLine(prompt: String, password: Bool) throws -> String {
        try io.input(prompt: prompt, password: password)
    }
}

/// The output of `user_expressions`, which the protocol returns in the reply and never shows.
private final class DiscardedOutput: ScriptOutput {
    func write(_ text: String, to stream: FormantScript.OutputStream) {}
    func display(_ bundle: MIMEBundle, displayID: String?) {}
    func update(_ bundle: MIMEBundle, displayID: String) {}
    func clear(wait: Bool) {}
    func readLine(prompt: String, password: Bool) throws -> String { throw KernelError.stdinNotAllowed }
}
