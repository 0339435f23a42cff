import CZeroMQ

/// A ZeroMQ context: owns the I/O thread every socket of the kernel uses.
final class ZMQContext: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer

    /// A new context; throws if libzmq cannot create one.
    init() throws {
        guard let handle = zmq_ctx_new() else { throw ZMQContext.lastError("zmq_ctx_new") }
        self.handle = handle
    }

    /// Makes every blocking call on this context's sockets return `ETERM`, so threads blocked in
    /// a receive can wind down; sockets must still be closed before `terminate()`.
    func shutdown() {
        zmq_ctx_shutdown(handle)
    }

    /// Waits for all sockets to be closed and their lingering messages sent, then frees the context.
    func terminate() {
        while zmq_ctx_term(handle) != 0 && zmq_errno() == czmq_errno_eintr() {}
    }

    /// The `KernelError` describing the last failed ZeroMQ call.
    static func lastError(_ operation: String, endpoint: String? = nil) -> KernelError {
        let code = zmq_errno()
        return KernelError.zeroMQ(
            operation: operation, endpoint: endpoint, code: code, reason: String(cString: zmq_strerror(code)))
    }
}
