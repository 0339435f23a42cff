import ArgumentParser
import Foundation
import FormantKernel

/// `formant install [--user | --sys-prefix | --prefix DIR]`: registers the kernel with Jupyter.
///
/// Writes the `formant` kernelspec, whose argv is this binary's absolute path, and copies the
/// logos from the repository's `kernelspec/` directory (looked up next to the binary and in
/// its parent directories, which covers `.build/release/formant`).
struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install the Formant kernelspec so Jupyter can start this kernel."
    )

    @Flag(help: "Install for the current user only.")
    var user = false

    @Flag(help: "Install into the active virtual environment (VIRTUAL_ENV).")
    var sysPrefix = false

    @Option(help: "Install under DIR/share/jupyter/kernels.")
    var prefix: String?

    func validate() throws {
        guard [user, sysPrefix, prefix != nil].filter({ $0 }).count <= 1 else {
            throw ValidationError("--user, --sys-prefix and --prefix exclude each other; choose one")
        }
    }

    func run() throws {
        let executable = try Self.executablePath()
        let kernels = try location.kernelsDirectory(environment: ProcessInfo.processInfo.environment)
        let logos = Self.logoDirectory(near: executable)
        let installed = try KernelSpec.formant(executable: executable).install(into: kernels, logosFrom: logos)
        print("Installed kernelspec formant in \(installed.path)")
        if logos == nil {
            print("warning: kernelspec/ logos not found near \(executable); installed without logos")
        }
    }

    private var location: KernelSpecLocation {
        if user { return .user }
        if sysPrefix { return .sysPrefix }
        if let prefix { return .prefix(prefix) }
        return .system
    }

    /// The absolute path of the running binary, symlinks resolved.
    private static func executablePath() throws -> String {
        guard let url = Bundle.main.executableURL else {
            throw ValidationError("cannot determine the path of the running formant binary")
        }
        return url.resolvingSymlinksInPath().path
    }

    /// The first `kernelspec/` directory holding the logos, from the binary's directory upwards.
    private static func logoDirectory(near executable: String) -> URL? {
        var directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("kernelspec", isDirectory: true)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(KernelSpec.logoFiles[0]).path) {
                return candidate
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }
}
