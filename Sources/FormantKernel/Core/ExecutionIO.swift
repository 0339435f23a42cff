import Foundation

/// The `KernelIO` of one executing cell: outputs go to IOPub with the execute request as parent,
/// input requests go to the requester's stdin socket.
///
/// A silent request publishes nothing (the protocol's meaning of `silent`).
final class ExecutionIO: KernelIO {
    private unowned let kernel: Kernel
    private let request: Message
    private let silent: Bool
    private let allowStdin: Bool
    /// How often a wait for `input_reply` looks at the interrupt and shutdown flags (seconds).
    private static let inputPollInterval = 0.1

    init(kernel: Kernel, request: Message, silent: Bool, allowStdin: Bool) {
        self.kernel = kernel
        self.request = request
        self.silent = silent
        self.allowStdin = allowStdin
    }

    func stream(_ name: String, _ text: String) {
        publish("stream", ["name": .string(name), "text": .string(text)])
    }

    func display(_ value: DisplayData, displayID: String?) {
        publish("display_data", Self.content(value, displayID: displayID))
    }

    func updateDisplay(_ value: DisplayData, displayID: String) {
        publish("update_display_data", Self.content(value, displayID: displayID))
    }

    func clearOutput(wait: Bool) {
        publish("clear_output", ["wait": .bool(wait)])
    }

    func input(prompt: String, password: Bool) throws -> String {
        guard allowStdin else { throw KernelError.stdinNotAllowed }
        let header = Message.header(type: "input_request", session: kernel.session)
        let ask = Message(identities: request.identities, header: header, parentHeader: request.header,
                          content: ["prompt": .string(prompt), "password": .bool(password)])
        kernel.send(ask, on: .stdin)
        while true {
            if kernel.interruptRequested.load(ordering: .acquiring) { throw KernelError.inputInterrupted }
            if kernel.shutdownRequested.load(ordering: .acquiring) { throw KernelError.inputAbandoned }
            guard let frames = try kernel.transport.receive(on: .stdin, timeout: Self.inputPollInterval),
                  let answer = kernel.decode(frames, from: .stdin)
            else { continue }
            guard answer.type == "input_reply", let value = answer.content["value"]?.stringValue else {
                kernel.logger.warning("ignored \(answer.type) on stdin while waiting for input_reply")
                continue
            }
            return value
        }
    }

    private func publish(_ type: String, _ content: JSONObject) {
        guard !silent else { return }
        kernel.publish(type, content, parent: request)
    }

    private static func content(_ value: DisplayData, displayID: String?) -> JSONObject {
        var content: JSONObject = ["data": .object(value.data), "metadata": .object(value.metadata)]
        content["transient"] = .object(displayID.map { ["display_id": .string($0)] } ?? [:])
        return content
    }
}
