import Foundation
import XCTest

/// A fresh directory under the system temporary directory, removed when the test ends.
final class TemporaryDirectory {
    let path: String

    init(_ test: XCTestCase) throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("formant-corpus-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let path = self.path
        test.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    }

    /// `relative` inside the directory.
    func file(_ relative: String) -> String { path + "/" + relative }

    /// Writes `data` at `relative`, creating parent directories.
    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> String {
        let target = file(relative)
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Writes UTF-8 `text` at `relative`.
    @discardableResult
    func write(_ relative: String, text: String) throws -> String {
        try write(relative, Data(text.utf8))
    }
}
