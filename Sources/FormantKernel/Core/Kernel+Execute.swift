import Foundation

/// `execute_request`: counting, history, `execute_input`, running the cell, its result or
/// error, `user_expressions`, the reply, and aborting the queue after an error.
extension Kernel {
    func execute(_ request: Message) throws -> Disposition {
        let cell = try executeRequest(from: request)
        interruptRequested.store(false, ordering: .releasing)
        if cell.storeHistory {
            executionCount = cell.executionCount
            history.record(line: cell.executionCount, input: cell.code)
        }
        if !cell.silent {
            publish("execute_input", ["code": .string(cell.code), "execution_count": .int(cell.executionCount)],
                    parent: request)
        }
        let io = ExecutionIO(kernel: self, request: request, silent: cell.silent, allowStdin: cell.allowStdin)
        let outcome = engine.execute(cell, io: io)
        let expressions = evaluate(cell.userExpressions)
        var content: JSONObject = ["execution_count": .int(cell.executionCount), "user_expressions": .object(expressions)]
        switch outcome {
        case .success(let result):
            if let result, !cell.silent {
                publishResult(result, of: cell, parent: request)
            }
            content["status"] = "ok"
            content["payload"] = []
        case .failure(let error):
            if !cell.silent {
                publish("error", Self.errorContent(error), parent: request)
            }
            content.merge(Self.errorContent(error)) { _, new in new }
            content["status"] = "error"
        }
        // Collected before replying, so a request sent after the frontend saw the error is not aborted.
        let queued = outcome.isFailure && cell.stopOnError ? queuedShellMessages() : []
        reply(to: request, on: .shell, type: "execute_reply", content: content)
        return abortExecutions(in: queued)
    }

    /// The cell described by `request`, numbered: stored cells get the next count.
    private func executeRequest(from request: Message) throws -> ExecuteRequest {
        let silent = try request.bool("silent", default: false)
        let storeHistory = try !silent && request.bool("store_history", default: true)
        return ExecuteRequest(
            code: try request.string("code"),
            silent: silent,
            storeHistory: storeHistory,
            allowStdin: try request.bool("allow_stdin", default: true),
            stopOnError: try request.bool("stop_on_error", default: true),
            executionCount: storeHistory ? executionCount + 1 : executionCount,
            userExpressions: try request.stringMap("user_expressions"))
    }

    private func publishResult(_ result: DisplayData, of cell: ExecuteRequest, parent: Message) {
        if cell.storeHistory, case .string(let text)? = result.data["text/plain"] {
            history.setOutput(text, line: cell.executionCount)
        }
        publish("execute_result", [
            "execution_count": .int(cell.executionCount), "data": .object(result.data),
            "metadata": .object(result.metadata),
        ], parent: parent)
    }

    /// Each user expression's value (`status: ok` with its MIME bundle) or error.
    private func evaluate(_ expressions: [String: String]) -> JSONObject {
        expressions.mapValues { expression in
            switch engine.evaluate(expression: expression) {
            case .success(let value):
                return ["status": "ok", "data": .object(value?.data ?? [:]), "metadata": .object(value?.metadata ?? [:])]
            case .failure(let error):
                var content = Self.errorContent(error)
                content["status"] = "error"
                return .object(content)
            }
        }
    }

    static func errorContent(_ error: ExecutionError) -> JSONObject {
        ["ename": .string(error.name), "evalue": .string(error.value), "traceback": .array(error.traceback.map(JSONValue.string))]
    }

    /// The messages already waiting on shell (those arriving within `abortGrace` of each other).
    private func queuedShellMessages() -> [[Data]] {
        var queued: [[Data]] = []
        while let frames = try? transport.receive(on: .shell, timeout: abortGrace) { queued.append(frames) }
        return queued
    }

    /// Answers the execute requests among `queued` with `status: aborted`, without running them;
    /// other requests queued meanwhile are served normally.
    private func abortExecutions(in queued: [[Data]]) -> Disposition {
        for frames in queued {
            guard let request = decode(frames, from: .shell) else { continue }
            guard request.type == "execute_request" else {
                let disposition = serve(request, on: .shell)
                if disposition != .proceed { return disposition }
                continue
            }
            publishStatus("busy", parent: request)
            reply(to: request, on: .shell, type: "execute_reply",
                  content: ["status": "aborted", "execution_count": .int(executionCount)])
            publishStatus("idle", parent: request)
        }
        return .proceed
    }
}
