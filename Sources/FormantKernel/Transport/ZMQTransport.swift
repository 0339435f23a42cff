import CZeroMQ
import Foundation

/// The kernel's five ZeroMQ sockets, bound as a connection file says.
///
/// Shell, control and stdin are ROUTER sockets, IOPub a PUB socket, heartbeat a REP socket.
/// IOPub is shared by the shell and control threads, so sends on it are serialized by a lock.
public final class ZMQTransport: KernelTransport, @unchecked Sendable {
    let context: ZMQContext
    let shell: ZMQSocket
    let control: ZMQSocket
    let stdin: ZMQSocket
    let iopub: ZMQSocket
    let heartbeat: ZMQSocket
    private let iopubLock = NSLock()

    /// Creates the sockets and binds each to its endpoint; throws naming the endpoint that failed.
    public init(connection: ConnectionInfo) throws {
        context = try ZMQContext()
        shell = try ZMQSocket(context: context, type: ZMQ_ROUTER)
        control = try ZMQSocket(context: context, type: ZMQ_ROUTER)
        stdin = try ZMQSocket(context: context, type: ZMQ_ROUTER)
        iopub = try ZMQSocket(context: context, type: ZMQ_PUB)
        heartbeat = try ZMQSocket(context: context, type: ZMQ_REP, linger: 0)
        let sockets: [(Channel, ZMQSocket)] = [
            (.shell, shell), (.control, control), (.stdin, stdin), (.iopub, iopub), (.heartbeat, heartbeat),
        ]
        do {
            for (channel, socket) in sockets {
                try socket.bind(connection.endpoint(channel), ipv6: connection.isIPv6)
            }
        } catch {
            for (_, socket) in sockets { socket.close() }
            context.terminate()
            throw error
        }
    }

    public func send(_ frames: [Data], on channel: Channel) throws {
        guard channel == .iopub else { return try socket(channel).send(frames) }
        iopubLock.lock()
        defer { iopubLock.unlock() }
        try iopub.send(frames)
    }

    public func receive(on channel: Channel, timeout: Double) throws -> [Data]? {
        let socket = socket(channel)
        return try socket.waitReadable(timeout: timeout) ? socket.receive() : nil
    }

    func socket(_ channel: Channel) -> ZMQSocket {
        switch channel {
        case .shell: return shell
        case .control: return control
        case .stdin: return stdin
        case .iopub: return iopub
        case .heartbeat: return heartbeat
        }
    }
}
