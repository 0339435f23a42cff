import FormantScript

/// One of the cell's two text streams, as `FileHandle.standardOutput` and `FileHandle.standardError`.
struct StandardStream: ScriptNative, Hashable {
    static let scriptTypeName = "FileHandle"
    let stream: OutputStream
}

extension Prelude {
    /// Registers `FileHandle.standardError.write(_:)` (and `standardOutput`), the Swift spelling of
    /// writing to a stream, so warnings reach the notebook's stderr stream.
    static func registerFileHandles(in registry: Registry) {
        guard registry.types[StandardStream.scriptTypeName] == nil else { return }
        registry.type(StandardStream.scriptTypeName, doc: "The cell's standard output and standard error streams.") {
            type in
            type.staticProperty("standardOutput", type: "FileHandle", doc: "The cell's standard output.") {
                .native(StandardStream(stream: .stdout))
            }
            type.staticProperty("standardError", type: "FileHandle", doc: "The cell's standard error (warnings).") {
                .native(StandardStream(stream: .stderr))
            }
            type.method("write(_ text: String)", doc: "Writes `text` to this stream, as it is (add \"\\n\" for a line).") {
                receiver, args, context in
                guard let handle = receiver.native(as: StandardStream.self) else { return .void }
                context.output.write(try args.string("text"), to: handle.stream)
                return .void
            }
        }
    }
}
