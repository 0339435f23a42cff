import FormantCore
import FormantInterpreter
import FormantScript
import XCTest

/// End-to-end behaviour of the public API: results, output, persistence across cells.
final class InterpreterTests: XCTestCase {
    func testFirstCellPrintsAndShowsLastValue() {
        let harness = ScriptHarness()
        XCTAssertEqual(harness.value("let x = 1\nprint(x + 1)\nx * 10"), "10")
        XCTAssertEqual(harness.output.stdout, "2\n")
    }

    func testTrailingSemicolonHidesTheValue() {
        let harness = ScriptHarness()
        XCTAssertNil(harness.value("let y = 3\ny;"))
    }

    func testStatementCellHasNoValue() {
        let harness = ScriptHarness()
        XCTAssertNil(harness.value("var z = 1\nz += 1"))
        XCTAssertEqual(harness.value("z"), "2")
    }

    func testStatePersistsAcrossCellsAndNamesCanBeRedefined() {
        let harness = ScriptHarness()
        harness.run("let x = 1\nfunc twice(_ n: Int) -> Int { n * 2 }")
        XCTAssertEqual(harness.value("twice(x)"), "2")
        XCTAssertEqual(harness.value("let x = \"now a string\"\nx"), "\"now a string\"")
    }

    func testRedeclarationInOneCellIsAnError() {
        let harness = ScriptHarness()
        let failure = harness.failure("let a = 1\nlet a = 2")
        XCTAssertEqual(failure?.name, "NameError")
        XCTAssertEqual(failure?.message, "invalid redeclaration of 'a'")
    }

    func testEvaluateGivesTheExpressionValue() {
        let harness = ScriptHarness()
        harness.run("let values = [1, 2, 3]")
        guard case .success(let bundle) = harness.interpreter.evaluate("values.count", output: harness.output,
                                                                         cancellation: harness.token)
        else { return XCTFail("evaluate failed") }
        XCTAssertEqual(bundle?.plain, "3")
    }

    func testVariablesAssignedBeforeAnErrorKeepTheirValues() {
        let harness = ScriptHarness()
        _ = harness.failure("var progress = 0\nfor i in 0..<10 { progress = i; if i == 4 { let _ = [1][5] } }")
        XCTAssertEqual(harness.value("progress"), "4")
    }
}
