import Foundation

/// Runs a cell on a thread with a large stack, so deep script recursion ends in a script error
/// (the evaluator's depth and stack guards) long before the native stack could overflow.
enum ExecutionThread {
    /// The stack size of the execution thread.
    static let stackSize = 512 << 20
    /// How much of that stack the evaluator may use before it reports a nesting error.
    static let usableStack = 448 << 20

    /// Runs `work` on a fresh big-stack thread and waits for its result.
    static func run<T>(_ work: @escaping () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = work()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        guard let result = box.value else { preconditionFailure("execution thread ended without a result") }
        return result
    }

    /// Carries the result from the execution thread back to the waiting caller.
    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }

    /// The address of the current stack top, to measure how deep the evaluator is.
    @inline(never)
    static func stackAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }
}
