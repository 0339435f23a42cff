import FormantInterpreter
import XCTest

/// Columns in reports count characters, not UTF-8 bytes.
final class TracebackTests: XCTestCase {
    func testCaretCountsCharacters() {
        let failure = ScriptHarness().failure("let 声调 = [1]; 声调[3]")
        XCTAssertEqual(failure?.traceback.prefix(3), [
            "  at <cell> line 1:15",
            "    let 声调 = [1]; 声调[3]",
            "                  ^",
        ])
    }

    func testTopLevelReturnEndsTheCellQuietly() {
        let harness = ScriptHarness()
        XCTAssertNil(harness.value("let ready = false\nguard ready else { print(\"not ready\"); return }\nprint(\"unreached\")"))
        XCTAssertEqual(harness.output.stdout, "not ready\n")
    }
}
