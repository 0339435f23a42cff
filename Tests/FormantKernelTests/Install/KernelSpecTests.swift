import Foundation
import XCTest
@testable import FormantKernel

final class KernelSpecTests: XCTestCase {
    /// The repository's `kernelspec/` directory.
    let repositorySpec = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../kernelspec").standardizedFileURL

    func testKernelJSON() throws {
        let spec = KernelSpec.formant(executable: "/opt/formant/bin/formant")
        let object = try JSONValue.decodeObject(spec.json, part: "kernel.json")
        XCTAssertEqual(object["argv"], ["/opt/formant/bin/formant", "kernel", "-f", "{connection_file}"])
        XCTAssertEqual(object["display_name"], "Formant (Swift)")
        XCTAssertEqual(object["language"], "swift")
        XCTAssertEqual(object["interrupt_mode"], "message")
    }

    func testRepositoryKernelspecMatchesTheInstalledOne() throws {
        let file = try Data(contentsOf: repositorySpec.appendingPathComponent("kernel.json"))
        XCTAssertEqual(String(decoding: file, as: UTF8.self),
                       String(decoding: KernelSpec.formant(executable: "formant").json, as: UTF8.self))
        for logo in KernelSpec.logoFiles {
            XCTAssertTrue(FileManager.default.fileExists(atPath: repositorySpec.appendingPathComponent(logo).path), logo)
        }
    }

    func testInstallWritesSpecAndLogosAndReplacesAnEarlierInstall() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("formant-spec-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        let spec = KernelSpec.formant(executable: "/bin/formant")
        for _ in 0..<2 {
            let directory = try spec.install(into: root, logosFrom: repositorySpec)
            XCTAssertEqual(directory.lastPathComponent, "formant")
            XCTAssertEqual(try Data(contentsOf: directory.appendingPathComponent("kernel.json")), spec.json)
            for logo in KernelSpec.logoFiles {
                XCTAssertEqual(try Data(contentsOf: directory.appendingPathComponent(logo)),
                               try Data(contentsOf: repositorySpec.appendingPathComponent(logo)))
            }
        }
    }

    func testInstallIntoAnUnwritablePlaceNamesTheDirectory() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("formant-file-\(UUID())")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        XCTAssertThrowsError(try KernelSpec.formant(executable: "f").install(into: file, logosFrom: nil)) { error in
            guard case KernelError.installFailed(let directory, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(directory, file.appendingPathComponent("formant").path)
        }
    }

    func testLocations() throws {
        let env = ["HOME": "/home/ada", "VIRTUAL_ENV": "/work/.venv"]
        XCTAssertEqual(try KernelSpecLocation.sysPrefix.kernelsDirectory(environment: env).path,
                       "/work/.venv/share/jupyter/kernels")
        XCTAssertEqual(try KernelSpecLocation.prefix("/opt/x").kernelsDirectory(environment: env).path,
                       "/opt/x/share/jupyter/kernels")
        XCTAssertEqual(try KernelSpecLocation.system.kernelsDirectory(environment: env).path,
                       "/usr/local/share/jupyter/kernels")
        XCTAssertEqual(try KernelSpecLocation.user.kernelsDirectory(environment: ["JUPYTER_DATA_DIR": "/d"]).path,
                       "/d/kernels")
        #if os(Linux)
        XCTAssertEqual(try KernelSpecLocation.user.kernelsDirectory(environment: env).path,
                       "/home/ada/.local/share/jupyter/kernels")
        XCTAssertEqual(try KernelSpecLocation.user.kernelsDirectory(environment: ["HOME": "/h", "XDG_DATA_HOME": "/x"]).path,
                       "/x/jupyter/kernels")
        #endif
        XCTAssertThrowsError(try KernelSpecLocation.sysPrefix.kernelsDirectory(environment: ["HOME": "/h"])) {
            XCTAssertEqual($0 as? KernelError, .noVirtualEnvironment)
        }
    }
}
