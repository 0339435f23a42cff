import Foundation

/// Where `formant install` puts the kernelspec, following Jupyter's data directories.
public enum KernelSpecLocation: Equatable, Sendable {
    /// The user's Jupyter data directory (`$JUPYTER_DATA_DIR`, else `$XDG_DATA_HOME/jupyter` or
    /// `~/.local/share/jupyter`; `~/Library/Jupyter` on macOS).
    case user
    /// The active virtual environment (`$VIRTUAL_ENV/share/jupyter`).
    case sysPrefix
    /// An explicit prefix (`PREFIX/share/jupyter`).
    case prefix(String)
    /// The system-wide directory (`/usr/local/share/jupyter`).
    case system

    /// The `kernels` directory of this location, read from `environment` (normally the process's).
    public func kernelsDirectory(environment: [String: String]) throws -> URL {
        try dataDirectory(environment).appendingPathComponent("kernels", isDirectory: true)
    }

    /// The Jupyter data directory of this location.
    private func dataDirectory(_ environment: [String: String]) throws -> URL {
        switch self {
        case .user:
            if let custom = environment["JUPYTER_DATA_DIR"], !custom.isEmpty {
                return URL(fileURLWithPath: custom, isDirectory: true)
            }
            let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory(), isDirectory: true)
            #if os(macOS)
            return home.appendingPathComponent("Library/Jupyter", isDirectory: true)
            #else
            let share = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
                ?? home.appendingPathComponent(".local/share", isDirectory: true)
            return share.appendingPathComponent("jupyter", isDirectory: true)
            #endif
        case .sysPrefix:
            guard let venv = environment["VIRTUAL_ENV"], !venv.isEmpty else { throw KernelError.noVirtualEnvironment }
            return Self.share(venv)
        case .prefix(let prefix):
            return Self.share(prefix)
        case .system:
            return Self.share("/usr/local")
        }
    }

    /// `prefix/share/jupyter`.
    private static func share(_ prefix: String) -> URL {
        URL(fileURLWithPath: prefix, isDirectory: true).appendingPathComponent("share/jupyter", isDirectory: true)
    }
}
