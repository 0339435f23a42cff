import XCTest
@testable import FormantPlots

final class NumberFormatTests: XCTestCase {
    func testCompactRoundsHalfAwayFromZeroAndTrims() {
        XCTAssertEqual(NumberFormat.compact(12.5), "12.5")
        XCTAssertEqual(NumberFormat.compact(12.0), "12")
        XCTAssertEqual(NumberFormat.compact(0.125), "0.13")
        XCTAssertEqual(NumberFormat.compact(-0.125), "-0.13")
        XCTAssertEqual(NumberFormat.compact(-0.001), "0")
        XCTAssertEqual(NumberFormat.compact(3.14159, decimals: 1), "3.1")
    }

    func testFixedKeepsDecimals() {
        XCTAssertEqual(NumberFormat.fixed(0.5, decimals: 2), "0.50")
        XCTAssertEqual(NumberFormat.fixed(-0.05, decimals: 1), "-0.1")
        XCTAssertEqual(NumberFormat.fixed(7, decimals: 0), "7")
    }

    func testTickLabelsUseTheStepsPrecision() {
        XCTAssertEqual(NumberFormat.tick(0.30000000000000004, step: 0.1), "0.3")
        XCTAssertEqual(NumberFormat.tick(0.25, step: 0.05), "0.25")
        XCTAssertEqual(NumberFormat.tick(10, step: 5), "10")
        XCTAssertEqual(NumberFormat.tick(2_000_000, step: 1_000_000), "2e+06")
    }

    func testScientificAndCSV() {
        XCTAssertEqual(NumberFormat.scientific(1.5e-5), "1.5e-05")
        XCTAssertEqual(NumberFormat.scientific(-123456), "-1.23e+05")
        XCTAssertEqual(NumberFormat.csv(0.1), "0.1")
        XCTAssertEqual(NumberFormat.csv(.nan), "")
    }
}
