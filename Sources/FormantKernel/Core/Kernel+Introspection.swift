/// `complete_request`, `inspect_request` and `is_complete_request`, answered by the engine.
extension Kernel {
    func complete(_ request: Message) throws {
        let code = try request.string("code")
        let cursor = try cursorPosition(in: request, code: code)
        let completion = engine.complete(code: code, cursor: cursor)
        reply(to: request, on: .shell, type: "complete_reply", content: [
            "status": "ok",
            "matches": .array(completion.matches.map(JSONValue.string)),
            "cursor_start": .int(completion.cursorStart),
            "cursor_end": .int(completion.cursorEnd),
            "metadata": .object(completion.metadata),
        ])
    }

    func inspect(_ request: Message) throws {
        let code = try request.string("code")
        let cursor = try cursorPosition(in: request, code: code)
        let detail = try request.int("detail_level", default: 0) ?? 0
        let found = engine.inspect(code: code, cursor: cursor, detailLevel: detail)
        reply(to: request, on: .shell, type: "inspect_reply", content: [
            "status": "ok",
            "found": .bool(found != nil),
            "data": .object(found?.data ?? [:]),
            "metadata": .object(found?.metadata ?? [:]),
        ])
    }

    func isComplete(_ request: Message) throws {
        let content: JSONObject
        switch engine.isComplete(code: try request.string("code")) {
        case .complete: content = ["status": "complete"]
        case .incomplete(let indent): content = ["status": "incomplete", "indent": .string(indent)]
        case .invalid: content = ["status": "invalid"]
        case .unknown: content = ["status": "unknown"]
        }
        reply(to: request, on: .shell, type: "is_complete_reply", content: content)
    }

    /// `cursor_pos` in Unicode scalars, clamped into the code; the end of the code if absent.
    private func cursorPosition(in request: Message, code: String) throws -> Int {
        let length = code.unicodeScalars.count
        let cursor = try request.int("cursor_pos", default: length) ?? length
        return min(max(cursor, 0), length)
    }
}
