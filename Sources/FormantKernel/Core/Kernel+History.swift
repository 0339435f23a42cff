/// `history_request`: tail, range and search over this session's cells.
extension Kernel {
    func replyHistory(to request: Message) throws {
        let entries: [ExecutionHistory.Entry]
        switch try request.string("hist_access_type") {
        case "tail":
            entries = history.tail(try request.int("n", default: 10) ?? 10)
        case "range":
            entries = history.range(
                session: try request.int("session", default: 0) ?? 0,
                start: try request.int("start", default: 0) ?? 0,
                stop: try request.int("stop", default: nil))
        case "search":
            entries = history.search(
                pattern: try request.string("pattern"),
                n: try request.int("n", default: nil),
                unique: try request.bool("unique", default: false))
        default:
            throw KernelError.malformedContent(
                messageType: request.type, field: "hist_access_type", expected: "'tail', 'range' or 'search'")
        }
        let withOutput = try request.bool("output", default: false)
        let rows = entries.map { entry -> JSONValue in
            let input = JSONValue.string(entry.input)
            let cell: JSONValue = withOutput ? [input, entry.output.map(JSONValue.string) ?? .null] : input
            return [.int(ExecutionHistory.session), .int(entry.line), cell]
        }
        reply(to: request, on: .shell, type: "history_reply", content: ["status": "ok", "history": .array(rows)])
    }
}
