import FormantInterpreter
import XCTest

final class PreludeFileHandleTests: XCTestCase {
    func testStandardErrorAndOutputReachTheirStreams() {
        let harness = ScriptHarness()
        _ = harness.run("FileHandle.standardError.write(\"careful\\n\")\nFileHandle.standardOutput.write(\"fine\")")
        XCTAssertEqual(harness.output.stderr, "careful\n")
        XCTAssertEqual(harness.output.stdout, "fine")
    }
}
