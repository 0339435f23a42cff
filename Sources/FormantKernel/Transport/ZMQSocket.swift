import CZeroMQ
import Foundation

/// One ZeroMQ socket, sending and receiving multipart messages as arrays of frames.
///
/// Not thread-safe: each socket is used by one thread at a time (callers serialize IOPub).
/// Calls interrupted by a signal are retried; a terminated context surfaces as `ZMQSocket.Closed`.
final class ZMQSocket: @unchecked Sendable {
    /// Thrown when the socket's context was shut down: the owning thread should close and stop.
    struct Closed: Error {}

    private let handle: UnsafeMutableRawPointer
    /// Where the socket is bound, for error messages.
    private(set) var endpoint: String?

    /// A socket of `type` (`ZMQ_ROUTER`, `ZMQ_PUB`, `ZMQ_REP`) that never drops messages on a
    /// full queue and waits up to `linger` milliseconds on close to deliver the last ones.
    init(context: ZMQContext, type: Int32, linger: Int32 = 1000) throws {
        guard let handle = zmq_socket(context.handle, type) else { throw ZMQContext.lastError("zmq_socket") }
        self.handle = handle
        try setOption(ZMQ_LINGER, linger)
        try setOption(ZMQ_SNDHWM, 0)
        try setOption(ZMQ_RCVHWM, 0)
    }

    /// Binds to `endpoint` (`tcp://…` or `ipc://…`).
    func bind(_ endpoint: String, ipv6: Bool = false) throws {
        self.endpoint = endpoint
        if ipv6 { try setOption(ZMQ_IPV6, 1) }
        guard zmq_bind(handle, endpoint) == 0 else { throw ZMQContext.lastError("bind", endpoint: endpoint) }
    }

    /// Connects to `endpoint`, as a frontend does (tests and benchmarks play the frontend).
    func connect(_ endpoint: String) throws {
        self.endpoint = endpoint
        guard zmq_connect(handle, endpoint) == 0 else { throw ZMQContext.lastError("connect", endpoint: endpoint) }
    }

    /// Subscribes a SUB socket to every topic.
    func subscribeToAll() throws {
        guard zmq_setsockopt(handle, ZMQ_SUBSCRIBE, "", 0) == 0 else { throw error("subscribe") }
    }

    /// Sends the frames as one multipart message.
    func send(_ frames: [Data]) throws {
        for (index, frame) in frames.enumerated() {
            let flags = index < frames.count - 1 ? ZMQ_SNDMORE : 0
            let sent = frame.withUnsafeBytes { bytes in
                retrying { zmq_send(handle, bytes.baseAddress, bytes.count, flags) }
            }
            guard sent >= 0 else { throw error("send") }
        }
    }

    /// Receives one whole multipart message, blocking until one arrives.
    func receive() throws -> [Data] {
        var frames: [Data] = []
        repeat {
            frames.append(try receiveFrame())
        } while moreFrames()
        return frames
    }

    /// Whether a message is waiting, waiting at most `timeout` seconds (negative: forever).
    func waitReadable(timeout: Double) throws -> Bool {
        var item = zmq_pollitem_t(socket: handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0)
        let milliseconds = timeout < 0 ? -1 : Int(timeout * 1000)
        let ready = retrying { zmq_poll(&item, 1, milliseconds) }
        guard ready >= 0 else { throw error("poll") }
        return ready > 0
    }

    /// Closes the socket; pending outgoing messages are delivered for up to the linger time.
    func close() {
        zmq_close(handle)
    }

    private func setOption(_ option: Int32, _ value: Int32) throws {
        var value = value
        guard zmq_setsockopt(handle, option, &value, MemoryLayout<Int32>.size) == 0 else {
            throw error("setsockopt(\(option))")
        }
    }

    private func receiveFrame() throws -> Data {
        var message = zmq_msg_t()
        zmq_msg_init(&message)
        defer { zmq_msg_close(&message) }
        guard retrying({ zmq_msg_recv(&message, handle, 0) }) >= 0 else { throw error("receive") }
        return Data(bytes: zmq_msg_data(&message), count: zmq_msg_size(&message))
    }

    private func moreFrames() -> Bool {
        var more: Int32 = 0
        var size = MemoryLayout<Int32>.size
        return zmq_getsockopt(handle, ZMQ_RCVMORE, &more, &size) == 0 && more != 0
    }

    /// Repeats a call that failed because a signal arrived.
    private func retrying(_ call: () -> Int32) -> Int32 {
        var result = call()
        while result < 0 && zmq_errno() == czmq_errno_eintr() { result = call() }
        return result
    }

    /// The error of the last failed call: `Closed` once the context is shut down.
    private func error(_ operation: String) -> Error {
        zmq_errno() == czmq_errno_eterm() ? Closed() : ZMQContext.lastError(operation, endpoint: endpoint)
    }
}
