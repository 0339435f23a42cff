import Foundation

/// The kernel core's view of its sockets: multipart frames in and out, by channel.
///
/// The ZeroMQ implementation is `ZMQTransport`; tests use an in-memory fake. `send` on
/// `.iopub` may be called from any thread; the other channels are used only by the thread
/// that serves them (shell and stdin by the shell thread, control by the control thread).
public protocol KernelTransport: AnyObject {
    /// Sends one multipart message on `channel`.
    func send(_ frames: [Data], on channel: Channel) throws
    /// The next multipart message waiting on `channel`, waiting at most `timeout` seconds; nil if none came.
    func receive(on channel: Channel, timeout: Double) throws -> [Data]?
}
