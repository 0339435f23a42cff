import FormantInterpreter
import XCTest

/// Scripts that would exhaust memory or overflow bounds get errors, never traps.
final class RobustnessTests: XCTestCase {
    func testHugeRangesAndStridesAreErrors() {
        let harness = ScriptHarness()
        XCTAssertEqual(harness.failure("Array(0..<Int.max)")?.name, "IndexError")
        XCTAssertEqual(harness.failure("stride(from: 0, to: Int.max, by: 1)")?.name, "IndexError")
        XCTAssertEqual(harness.failure("stride(from: 0.0, to: 1e300, by: 1e-300)")?.name, "IndexError")
        XCTAssertEqual(harness.failure("Array(repeating: 0, count: Int.max)")?.name, "IndexError")
        XCTAssertEqual(harness.failure("Int.min..<Int.max")?.name, "ArithmeticError")
        XCTAssertEqual(harness.failure("[1, 2][...Int.max]")?.name, "ArithmeticError")
        XCTAssertEqual(harness.failure("-Int.min")?.name, "ArithmeticError")
        XCTAssertEqual(harness.failure("Int.min / -1")?.name, "ArithmeticError")
        XCTAssertEqual(harness.failure("abs(Int.min)")?.name, "ArithmeticError")
        XCTAssertEqual(harness.failure("5..<1")?.name, "IndexError")
        XCTAssertEqual(harness.failure("[1, 2][(-1)...]")?.name, "IndexError")
    }

    func testImplicitDoubleMembersInArithmetic() {
        let harness = ScriptHarness()
        XCTAssertEqual(harness.value("2 * .pi > 6.28"), "true")
        XCTAssertEqual(harness.value("let angle: Double = .pi\nangle > 3"), "true")
    }
}
