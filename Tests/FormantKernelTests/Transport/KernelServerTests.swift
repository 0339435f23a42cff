import CZeroMQ
import Foundation
import Logging
import XCTest
@testable import FormantKernel

/// End to end over real ZeroMQ sockets (ipc, in a temporary directory): heartbeat, a request on
/// shell, an interrupt on control while a cell runs, and shutdown.
final class KernelServerTests: XCTestCase {
    /// An engine whose cells run until interrupted (or a generous guard expires).
    final class BlockingEngine: KernelEngine {
        let info = KernelHarness().engine.info
        private let condition = NSCondition()
        private var interrupted = false

        func execute(_ request: ExecuteRequest, io: KernelIO) -> ExecuteOutcome {
            guard request.code == "block" else { return .success(DisplayData(text: ["text/plain": request.code])) }
            condition.lock()
            defer { condition.unlock() }
            interrupted = false
            let deadline = Date().addingTimeInterval(30)
            while !interrupted && condition.wait(until: deadline) {}
            return interrupted ? .failure(ExecutionError(name: "Interrupted", value: "stopped", traceback: []))
                : .success(nil)
        }

        func interrupt() {
            condition.lock()
            interrupted = true
            condition.broadcast()
            condition.unlock()
        }

        func evaluate(expression: String) -> ExecuteOutcome { .success(nil) }
        func complete(code: String, cursor: Int) -> CompletionReply { CompletionReply(matches: [], cursorStart: 0, cursorEnd: 0) }
        func inspect(code: String, cursor: Int, detailLevel: Int) -> DisplayData? { nil }
        func isComplete(code: String) -> Completeness { .complete }
    }

    /// What the server thread's `run()` returned, read after it signalled.
    final class ResultBox: @unchecked Sendable {
        var value: Disposition?
    }

    let codec = WireCodec(signer: MessageSigner(key: "server-key"))
    let timeout = 20.0

    func testServeInterruptAndShutdownOverZeroMQ() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("formant-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let connection = ConnectionInfo(
            transport: .ipc, ip: directory.appendingPathComponent("k").path,
            ports: [.shell: 1, .iopub: 2, .stdin: 3, .control: 4, .heartbeat: 5], key: "server-key",
            signatureScheme: "hmac-sha256")
        let server = try KernelServer(connection: connection, engine: BlockingEngine(), logger: Logger(label: "test"))
        let finished = DispatchSemaphore(value: 0)
        let result = ResultBox()
        Thread {
            result.value = server.run(shellStackSize: 8 << 20)
            finished.signal()
        }.start()

        let context = try ZMQContext()
        let shell = try client(context, ZMQ_DEALER, connection.endpoint(.shell))
        let control = try client(context, ZMQ_DEALER, connection.endpoint(.control))
        let iopub = try client(context, ZMQ_SUB, connection.endpoint(.iopub))
        try iopub.subscribeToAll()
        let heartbeat = try client(context, ZMQ_REQ, connection.endpoint(.heartbeat))
        defer {
            for socket in [shell, control, iopub, heartbeat] { socket.close() }
            context.terminate()
        }

        try heartbeat.send([Data("ping".utf8)])
        XCTAssertEqual(try receive(heartbeat), [Data("ping".utf8)])

        try shell.send(request("kernel_info_request", id: "k1"))
        XCTAssertEqual(try codec.decode(receive(shell)).type, "kernel_info_reply")

        try shell.send(request("execute_request", ["code": "block"], id: "run"))
        try waitForStatus("busy", of: "run", on: iopub)
        try heartbeat.send([Data("still there?".utf8)])
        XCTAssertEqual(try receive(heartbeat), [Data("still there?".utf8)])
        try control.send(request("interrupt_request", id: "int"))
        XCTAssertEqual(try codec.decode(receive(control)).type, "interrupt_reply")
        let reply = try codec.decode(receive(shell))
        XCTAssertEqual(reply.parentHeader["msg_id"], "run")
        XCTAssertEqual(reply.content["ename"], "Interrupted")

        try control.send(request("shutdown_request", ["restart": true], id: "bye"))
        XCTAssertEqual(try codec.decode(receive(control)).content["restart"], true)
        XCTAssertEqual(finished.wait(timeout: .now() + timeout), .success)
        XCTAssertEqual(result.value, .shutdown(restart: true))
    }

    private func client(_ context: ZMQContext, _ type: Int32, _ endpoint: String) throws -> ZMQSocket {
        let socket = try ZMQSocket(context: context, type: type, linger: 0)
        try socket.connect(endpoint)
        return socket
    }

    private func request(_ type: String, _ content: JSONObject = [:], id: String) -> [Data] {
        var header = Message.header(type: type, session: "client")
        header["msg_id"] = .string(id)
        return codec.encode(Message(header: header, content: content))
    }

    private func receive(_ socket: ZMQSocket) throws -> [Data] {
        guard try socket.waitReadable(timeout: timeout) else {
            XCTFail("no message within \(timeout) s")
            throw KernelError.inputAbandoned
        }
        return try socket.receive()
    }

    /// Reads IOPub until `state` for the request `id` arrives (earlier messages are skipped).
    private func waitForStatus(_ state: String, of id: String, on iopub: ZMQSocket) throws {
        while true {
            let message = try codec.decode(receive(iopub))
            if message.type == "status", message.parentHeader["msg_id"]?.stringValue == id,
                message.content["execution_state"]?.stringValue == state
            {
                return
            }
        }
    }
}
