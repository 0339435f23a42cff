import Atomics

/// A flag that a long computation polls so that an interrupt stops it at the next safe point.
///
/// The kernel's control thread sets it; loops in the interpreter and in library operations call
/// `check()`, which throws `Interrupted` once it is set. It is reset before every cell.
public final class CancellationToken: @unchecked Sendable {
    private let flag = ManagedAtomic<Bool>(false)

    /// A token that has not been cancelled.
    public init() {}

    /// Asks the computation polling this token to stop.
    public func cancel() { flag.store(true, ordering: .releasing) }

    /// Clears a previous cancellation, before a new computation starts.
    public func reset() { flag.store(false, ordering: .releasing) }

    /// Whether `cancel()` was called since the last `reset()`.
    public var isCancelled: Bool { flag.load(ordering: .acquiring) }

    /// Throws `Interrupted` if the computation was asked to stop.
    public func check() throws {
        if isCancelled { throw Interrupted() }
    }
}

/// The error a computation throws when the user interrupts it.
public struct Interrupted: Error, CustomStringConvertible, Sendable {
    /// Creates the error.
    public init() {}
    public var description: String { "Interrupted by the user" }
}
