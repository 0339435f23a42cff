import Foundation

/// Atomic text file output shared by figures and tables.
enum FileOutput {
    /// Writes `text` as UTF-8 to `path` through a temporary file in the same directory.
    static func writeAtomically(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PlotError.writeFailed(path: path, reason: "directory '\(directory)' does not exist")
        }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw PlotError.writeFailed(path: path, reason: error.localizedDescription)
        }
    }
}
