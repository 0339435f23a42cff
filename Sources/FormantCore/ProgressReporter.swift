/// Receives progress from a long library operation, so a notebook can show a live progress bar.
///
/// The interpreter implements it with `update_display_data`; tests and command-line runs may use
/// `SilentProgress`. Reports are cheap; implementations throttle what they show.
public protocol ProgressReporter: AnyObject {
    /// `completed` of `total` units of the step named `label` are done.
    func report(_ label: String, completed: Int, total: Int)
}

/// A progress reporter that shows nothing.
public final class SilentProgress: ProgressReporter {
    /// Creates a reporter that discards every report.
    public init() {}
    public func report(_ label: String, completed: Int, total: Int) {}
}

/// What a long library operation needs from its caller: a way to show progress and a way to stop.
///
/// Library functions that may run for more than a second take an `OperationContext`, call
/// `step(...)` between units of work (which reports progress and throws `Interrupted` when
/// the user has interrupted), and stay unaware of notebooks and kernels.
public struct OperationContext {
    /// Where progress goes.
    public let progress: ProgressReporter
    /// The flag polled between units of work.
    public let cancellation: CancellationToken

    /// A context reporting to `progress` and stopping when `cancellation` is set.
    public init(progress: ProgressReporter, cancellation: CancellationToken) {
        self.progress = progress
        self.cancellation = cancellation
    }

    /// A context that shows nothing and is never cancelled (tests, benchmarks).
    public static var silent: OperationContext {
        OperationContext(progress: SilentProgress(), cancellation: CancellationToken())
    }

    /// The same cancellation without progress: for the inner steps of work whose caller reports its own
    /// (a probe inside a layer profile), which still stop promptly on an interrupt.
    public var quiet: OperationContext {
        OperationContext(progress: SilentProgress(), cancellation: cancellation)
    }

    /// Reports that `completed` of `total` units of `label` are done, then throws `Interrupted` if asked to stop.
    public func step(_ label: String, completed: Int, total: Int) throws {
        progress.report(label, completed: completed, total: total)
        try cancellation.check()
    }

    /// Throws `Interrupted` if the user asked to stop.
    public func checkCancellation() throws {
        try cancellation.check()
    }
}
