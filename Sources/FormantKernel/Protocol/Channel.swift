/// The five sockets of a Jupyter kernel.
public enum Channel: String, CaseIterable, Sendable {
    /// Requests from frontends (execute, complete, inspect, …); ROUTER.
    case shell
    /// Urgent requests (interrupt, shutdown) served even while a cell runs; ROUTER.
    case control
    /// Input requests from the kernel to the frontend; ROUTER.
    case stdin
    /// Broadcast of status and outputs; PUB.
    case iopub
    /// Echo of pings to show the kernel is alive; REP.
    case heartbeat = "hb"
}
