import Foundation

/// A Jupyter kernelspec: the `kernel.json` that tells frontends how to start the kernel, plus
/// its logos, installed as a directory named after the kernel.
///
/// `argv` starts the kernel with the frontend's connection file; `interrupt_mode: message`
/// makes frontends interrupt through `interrupt_request` on control rather than SIGINT.
public struct KernelSpec: Equatable, Sendable {
    /// The kernel's name, the directory it is installed in (`formant`).
    public var name: String
    /// The command line; `{connection_file}` is replaced by the frontend.
    public var argv: [String]
    /// The name frontends show in their kernel menus.
    public var displayName: String
    /// The language, as frontends group kernels.
    public var language: String
    /// `message` or `signal`.
    public var interruptMode: String

    /// The logos a kernelspec may carry, by file name.
    public static let logoFiles = ["logo-32x32.png", "logo-64x64.png", "logo-svg.svg"]

    /// The Formant kernelspec, starting `executable kernel -f {connection_file}`.
    public static func formant(executable: String) -> KernelSpec {
        KernelSpec(
            name: "formant", argv: [executable, "kernel", "-f", "{connection_file}"],
            displayName: "Formant (Swift)", language: "swift", interruptMode: "message")
    }

    /// A kernelspec from its parts.
    public init(name: String, argv: [String], displayName: String, language: String, interruptMode: String) {
        self.name = name
        self.argv = argv
        self.displayName = displayName
        self.language = language
        self.interruptMode = interruptMode
    }

    /// The `kernel.json` text, pretty-printed with sorted keys.
    public var json: Data {
        let object: JSONObject = [
            "argv": .array(argv.map(JSONValue.string)),
            "display_name": .string(displayName),
            "language": .string(language),
            "interrupt_mode": .string(interruptMode),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(object)) ?? Data()) + Data("\n".utf8)
    }

    /// Writes `kernel.json` and copies the logos found in `logoDirectory` into
    /// `kernelsDirectory/name`, replacing an earlier install; returns the spec's directory.
    @discardableResult
    public func install(into kernelsDirectory: URL, logosFrom logoDirectory: URL?) throws -> URL {
        let directory = kernelsDirectory.appendingPathComponent(name, isDirectory: true)
        let files = FileManager.default
        do {
            try files.createDirectory(at: directory, withIntermediateDirectories: true)
            try json.write(to: directory.appendingPathComponent("kernel.json"), options: .atomic)
            for logo in Self.logoFiles {
                guard let source = logoDirectory?.appendingPathComponent(logo), files.fileExists(atPath: source.path)
                else { continue }
                let target = directory.appendingPathComponent(logo)
                if files.fileExists(atPath: target.path) { try files.removeItem(at: target) }
                try files.copyItem(at: source, to: target)
            }
        } catch {
            throw KernelError.installFailed(directory: directory.path, reason: error.localizedDescription)
        }
        return directory
    }
}
