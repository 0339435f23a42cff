import Foundation
import FormantKernel

/// An in-memory transport: records what the kernel sends and feeds it queued incoming messages.
final class FakeTransport: KernelTransport {
    private(set) var sent: [(channel: Channel, frames: [Data])] = []
    /// Messages `receive(on:timeout:)` returns, per channel, oldest first.
    var incoming: [Channel: [[Data]]] = [:]
    /// Called when the kernel waits on a channel whose queue is empty (e.g. to answer an input request).
    var onEmptyReceive: ((Channel) -> [Data]?)?

    func send(_ frames: [Data], on channel: Channel) throws {
        sent.append((channel, frames))
    }

    func receive(on channel: Channel, timeout: Double) throws -> [Data]? {
        if var queue = incoming[channel], !queue.isEmpty {
            let first = queue.removeFirst()
            incoming[channel] = queue
            return first
        }
        return onEmptyReceive?(channel)
    }

    func clear() { sent.removeAll() }
}
