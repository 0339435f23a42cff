import Atomics
import Foundation
import Logging

/// The language-free core of a Jupyter kernel: decodes requests, does the protocol's
/// bookkeeping, calls the engine and sends replies and IOPub messages.
///
/// A server (`KernelServer`) feeds it the frames arriving on shell and control, each from its
/// own thread. Every request is bracketed by `status: busy` / `status: idle` on IOPub with the
/// request as parent; every handler's error becomes an error reply, so no request can stop the
/// kernel. Messages that fail to decode or to verify are logged and dropped unanswered.
public final class Kernel {
    /// This kernel's session id, in the header of everything it sends.
    public let session: String
    let engine: KernelEngine
    let transport: KernelTransport
    let codec: WireCodec
    let logger: Logger

    /// Cells stored in history so far; touched by the shell thread only.
    var executionCount = 0
    /// This session's inputs; touched by the shell thread only.
    var history = ExecutionHistory()
    /// Set by `interrupt()`, cleared before each cell; ends a pending wait for input.
    let interruptRequested = ManagedAtomic<Bool>(false)
    /// Set once a shutdown was requested; ends a pending wait for input.
    let shutdownRequested = ManagedAtomic<Bool>(false)
    /// How long to keep collecting queued requests to abort after a failed cell (seconds).
    let abortGrace: Double

    /// A kernel serving `engine` over `transport`, signing with `key`.
    ///
    /// - Parameter abortGrace: After a cell fails with `stop_on_error`, execute requests that
    ///   arrive within this many seconds of each other are aborted too (requests a frontend sent
    ///   together, such as "run all", may reach the socket a little apart).
    public init(
        engine: KernelEngine, transport: KernelTransport, key: String, session: String = UUID().uuidString.lowercased(),
        logger: Logger = Logger(label: "formant.kernel"), abortGrace: Double = 0
    ) {
        self.engine = engine
        self.transport = transport
        self.codec = WireCodec(signer: MessageSigner(key: key))
        self.session = session
        self.logger = logger
        self.abortGrace = abortGrace
    }

    /// Handles one multipart message that arrived on `channel` (shell or control).
    public func handle(_ frames: [Data], from channel: Channel) -> Disposition {
        guard let request = decode(frames, from: channel) else { return .proceed }
        return serve(request, on: channel)
    }

    /// Serves a decoded request between `busy` and `idle`, turning any error into an error reply.
    func serve(_ request: Message, on channel: Channel) -> Disposition {
        publishStatus("busy", parent: request)
        defer { publishStatus("idle", parent: request) }
        do {
            switch channel {
            case .control: return try serveControl(request)
            default: return try serveShell(request)
            }
        } catch {
            logger.error("\(request.type) on \(channel.rawValue) failed: \(error)")
            replyError(to: request, on: channel, error: error)
            return .proceed
        }
    }

    /// Interrupts the running cell: the engine stops at its next check, a wait for input ends.
    /// Safe to call from any thread, including a signal handler's dispatch queue.
    public func interrupt() {
        interruptRequested.store(true, ordering: .releasing)
        engine.interrupt()
    }

    /// The message in `frames`, or nil (logged) if it is malformed or badly signed.
    func decode(_ frames: [Data], from channel: Channel) -> Message? {
        do {
            return try codec.decode(frames)
        } catch {
            logger.warning("dropped message on \(channel.rawValue): \(error)")
            return nil
        }
    }

    /// Sends `message` on `channel`, logging (not throwing) if the socket fails.
    func send(_ message: Message, on channel: Channel) {
        do {
            try transport.send(codec.encode(message), on: channel)
        } catch {
            logger.error("sending \(message.type) on \(channel.rawValue) failed: \(error)")
        }
    }

    /// Sends the reply of `type` to `request` on `channel`, routed to the requester.
    func reply(to request: Message, on channel: Channel, type: String, content: JSONObject) {
        let header = Message.header(type: type, session: session)
        send(Message(identities: request.identities, header: header, parentHeader: request.header, content: content),
             on: channel)
    }

    /// Replies to `request` with `status: error` describing `error`.
    func replyError(to request: Message, on channel: Channel, error: Error) {
        let name = (error as? KernelError)?.name ?? "KernelError"
        let content: JSONObject = [
            "status": "error", "ename": .string(name), "evalue": .string("\(error)"), "traceback": [],
        ]
        reply(to: request, on: channel, type: Self.replyType(of: request.type), content: content)
    }

    /// Broadcasts a message of `type` on IOPub on behalf of `parent` (none for the kernel's own news).
    func publish(_ type: String, _ content: JSONObject, parent: Message?, metadata: JSONObject = [:]) {
        let topic = Data("kernel.\(session).\(type)".utf8)
        let header = Message.header(type: type, session: session)
        send(Message(identities: [topic], header: header, parentHeader: parent?.header ?? [:], metadata: metadata,
                     content: content), on: .iopub)
    }

    /// Publishes `status: starting`, once, when the sockets are up (frontends may show it).
    public func announceStart() {
        publish("status", ["execution_state": "starting"], parent: nil)
    }

    /// Publishes `execution_state` for `parent`.
    func publishStatus(_ state: String, parent: Message) {
        publish("status", ["execution_state": .string(state)], parent: parent)
    }

    /// `foo_request` → `foo_reply`; any other type gets `_reply` appended.
    static func replyType(of requestType: String) -> String {
        requestType.hasSuffix("_request") ? String(requestType.dropLast("_request".count)) + "_reply" : requestType + "_reply"
    }
}
