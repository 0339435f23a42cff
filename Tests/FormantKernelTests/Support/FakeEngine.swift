import FormantKernel

/// An engine whose answers the test sets, recording every call.
///
/// `execute` runs `onExecute` (default: succeed with no value), which may use the `KernelIO`.
final class FakeEngine: KernelEngine {
    var info = KernelInfo(
        implementation: "fake", implementationVersion: "9.9",
        language: LanguageInfo(
            name: "swift", version: "6.3", mimetype: "text/x-swift", fileExtension: ".swift",
            pygmentsLexer: "swift", codemirrorMode: "swift"),
        banner: "Fake banner", helpLinks: [HelpLink(text: "Docs", url: "https://example.org/docs")])
    var onExecute: (ExecuteRequest, KernelIO) -> ExecuteOutcome = { _, _ in .success(nil) }
    var expressionValues: [String: ExecuteOutcome] = [:]
    var completion = CompletionReply(matches: [], cursorStart: 0, cursorEnd: 0)
    var inspection: DisplayData?
    var completeness = Completeness.complete

    private(set) var executed: [ExecuteRequest] = []
    private(set) var completeCalls: [(code: String, cursor: Int)] = []
    private(set) var inspectCalls: [(code: String, cursor: Int, detail: Int)] = []
    private(set) var interrupts = 0

    func execute(_ request: ExecuteRequest, io: KernelIO) -> ExecuteOutcome {
        executed.append(request)
        return onExecute(request, io)
    }

    func evaluate(expression: String) -> ExecuteOutcome {
        expressionValues[expression]
            ?? .failure(ExecutionError(name: "NameError", value: "unknown \(expression)", traceback: []))
    }

    func complete(code: String, cursor: Int) -> CompletionReply {
        completeCalls.append((code, cursor))
        return completion
    }

    func inspect(code: String, cursor: Int, detailLevel: Int) -> DisplayData? {
        inspectCalls.append((code, cursor, detailLevel))
        return inspection
    }

    func isComplete(code: String) -> Completeness { completeness }

    func interrupt() { interrupts += 1 }
}
