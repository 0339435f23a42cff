import Atomics
import Dispatch
import Foundation
import Logging

/// Runs a kernel over ZeroMQ: one thread each for shell, control and heartbeat, so control
/// requests and pings are answered while a cell computes.
///
/// `run()` blocks until a `shutdown_request` (on control or shell) and then closes everything.
/// SIGINT interrupts the running cell instead of killing the process (interrupt_mode "signal").
public final class KernelServer {
    private let transport: ZMQTransport
    private let kernel: Kernel
    private let logger: Logger
    private let stopping = ManagedAtomic<Bool>(false)
    private let stopped = DispatchSemaphore(value: 0)
    private var disposition = Disposition.shutdown(restart: false)
    private let dispositionLock = NSLock()
    /// How often an idle shell loop looks whether it should stop (seconds).
    private static let shellPollInterval = 0.1
    /// How long a cell that ignores interrupts may delay shutdown (seconds).
    private static let shutdownGrace = 2.0

    /// Binds the sockets of `connection` and builds a kernel for `engine`.
    public init(connection: ConnectionInfo, engine: KernelEngine, logger: Logger) throws {
        transport = try ZMQTransport(connection: connection)
        kernel = Kernel(engine: engine, transport: transport, key: connection.key, logger: logger)
        self.logger = logger
    }

    /// Serves until shut down; returns how (with or without restart).
    ///
    /// - Parameter shellStackSize: Stack size of the thread that runs cells, so deep recursion in
    ///   a script reaches the engine's own limit before the native stack's.
    public func run(shellStackSize: Int = 512 << 20) -> Disposition {
        let interrupts = installInterruptHandler()
        defer { interrupts.cancel() }
        let heartbeatDone = spawn("heartbeat") { [transport] in Self.echo(transport.heartbeat) }
        let controlDone = spawn("control") { [self] in serveControl() }
        kernel.announceStart()
        let shellDone = spawn("shell", stackSize: shellStackSize) { [self] in serveShell() }
        stopped.wait()
        let shellFinished = shellDone.wait(timeout: .now() + Self.shutdownGrace) == .success
        transport.context.shutdown()
        controlDone.wait()
        heartbeatDone.wait()
        if shellFinished {
            for channel in [Channel.shell, .stdin, .iopub] { transport.socket(channel).close() }
            transport.context.terminate()
        } else {
            logger.warning("the running cell did not stop within \(Self.shutdownGrace) s; exiting anyway")
        }
        dispositionLock.lock()
        defer { dispositionLock.unlock() }
        return disposition
    }

    private func serveShell() {
        while !stopping.load(ordering: .acquiring) {
            do {
                guard let frames = try transport.receive(on: .shell, timeout: Self.shellPollInterval) else { continue }
                let result = kernel.handle(frames, from: .shell)
                if case .shutdown = result { stop(result) }
            } catch is ZMQSocket.Closed {
                return
            } catch {
                logger.error("shell: \(error)")
            }
        }
    }

    private func serveControl() {
        defer { transport.control.close() }
        while true {
            do {
                let result = kernel.handle(try transport.control.receive(), from: .control)
                if case .shutdown = result {
                    stop(result)
                    return
                }
            } catch is ZMQSocket.Closed {
                return
            } catch {
                logger.error("control: \(error)")
            }
        }
    }

    /// Echoes every ping on the heartbeat socket until the context shuts down.
    private static func echo(_ socket: ZMQSocket) {
        defer { socket.close() }
        while let ping = try? socket.receive() {
            try? socket.send(ping)
        }
    }

    private func stop(_ result: Disposition) {
        guard stopping.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
        else { return }
        dispositionLock.lock()
        disposition = result
        dispositionLock.unlock()
        stopped.signal()
    }

    /// Routes SIGINT to `Kernel.interrupt()` for as long as the returned source lives.
    private func installInterruptHandler() -> DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [kernel, logger] in
            logger.info("SIGINT: interrupting the running cell")
            kernel.interrupt()
        }
        source.resume()
        return source
    }

    /// Starts a named thread running `body`; the returned semaphore is signalled when it ends.
    private func spawn(_ name: String, stackSize: Int? = nil, _ body: @escaping () -> Void) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.name = "formant-\(name)"
        if let stackSize { thread.stackSize = stackSize }
        thread.start()
        return done
    }
}
