import Atomics
import FormantCore

/// What a builtin needs while it runs: the output channel, the cancellation flag, the registry
/// (to wrap results), progress reporting and a unique display id source.
public final class ScriptContext {
    /// Where output goes.
    public let output: ScriptOutput
    /// Set by an interrupt; polled by loops and long operations.
    public let cancellation: CancellationToken
    /// The registry of library types and functions.
    public let registry: Registry

    /// A context writing to `output`, stopped by `cancellation`.
    public init(output: ScriptOutput, cancellation: CancellationToken, registry: Registry) {
        self.output = output
        self.cancellation = cancellation
        self.registry = registry
    }

    /// A fresh display id for a display that will be updated (progress bars, live figures).
    ///
    /// Ids are unique for the life of the process, not just of one cell: frontends apply an
    /// update to every earlier output that carries the same id.
    public func makeDisplayID(_ prefix: String = "formant") -> String {
        "\(prefix)-\(ProcessIdentity.token)-\(ProcessIdentity.nextNumber())"
    }

    /// An operation context for a library call labelled `title`: progress shown as a live bar
    /// in the cell, stopped by this context's cancellation flag.
    public func operation(_ title: String) -> OperationContext {
        OperationContext(progress: ProgressDisplay(title: title, context: self), cancellation: cancellation)
    }
}

/// A token unique to this process and a counter, so display ids never collide within a
/// kernel's life or between two kernels.
enum ProcessIdentity {
    static let token: String = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    private static let counter = ManagedAtomic<Int>(0)

    /// The next number of the process-wide sequence.
    static func nextNumber() -> Int {
        counter.wrappingIncrementThenLoad(ordering: .relaxed)
    }
}
