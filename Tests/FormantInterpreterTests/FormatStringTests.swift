import FormantInterpreter
import XCTest

/// `String(format:)` checks its arguments against the conversions.
final class FormatStringTests: XCTestCase {
    func testFormatsNumbersAndStrings() {
        let harness = ScriptHarness()
        XCTAssertEqual(harness.value("String(format: \"%.3f|%5d|%-4@|%e|%%\", 3.14159, 42, \"ab\", 1234.5)"),
                       "\"3.142|   42|ab  |1.234500e+03|%\"")
        XCTAssertEqual(harness.value("String(format: \"%.1f\", 2)"), "\"2.0\"")
    }

    func testMismatchedFormatIsAnError() {
        let harness = ScriptHarness()
        XCTAssertEqual(harness.failure("String(format: \"%d\", 2.5)")?.message,
                       "String(format:_:): '%d' cannot format a value of type 'Double'")
        XCTAssertEqual(harness.failure("String(format: \"%d %d\", 1)")?.message,
                       "String(format:_:): the format has more conversions than arguments")
    }
}
