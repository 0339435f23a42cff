import Dispatch
import FormantCore
import Foundation

/// Turns SIGINT (Ctrl-C) into a cancellation request, so a running script stops at its next
/// safe point instead of the process dying.
final class SignalInterrupt {
    private let source: DispatchSourceSignal

    /// Starts listening for SIGINT and cancelling `cancellation` when it arrives.
    init(cancellation: CancellationToken) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { cancellation.cancel() }
        source.resume()
    }

    /// Stops listening and restores the default SIGINT behaviour.
    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
