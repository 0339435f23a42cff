/// What the server loop should do after the kernel handled a message.
public enum Disposition: Equatable, Sendable {
    /// Keep serving.
    case proceed
    /// Stop serving and exit; the frontend restarts the kernel if `restart` is set.
    case shutdown(restart: Bool)
}
