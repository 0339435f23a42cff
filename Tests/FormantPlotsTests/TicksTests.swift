import XCTest
@testable import FormantPlots

final class TicksTests: XCTestCase {
    func testStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        XCTAssertEqual(Ticks.niceStep(for: 0.13), 0.2)
        XCTAssertEqual(Ticks.niceStep(for: 3), 5)
        XCTAssertEqual(Ticks.niceStep(for: 7), 10)
        XCTAssertEqual(Ticks.niceStep(for: 1), 1)
        XCTAssertEqual(Ticks.finerStep(than: 5), 2)
        XCTAssertEqual(Ticks.finerStep(than: 0.1), 0.05)
    }

    func testCoveringWidensToWholeSteps() {
        let ticks = Ticks(covering: 0.03...0.97)
        XCTAssertEqual(ticks.values, [0, 0.2, 0.4, 0.6, 0.8, 1])
        XCTAssertEqual(ticks.domain, 0...1)
    }

    func testCoveringPrefersTheTighterOfTwoSteps() {
        XCTAssertEqual(Ticks(covering: 0...12).values, [0, 2, 4, 6, 8, 10, 12])
    }

    func testZeroWidthRangeStillGivesAnAxis() {
        let ticks = Ticks(covering: 5...5)
        XCTAssertTrue(ticks.domain.contains(5))
        XCTAssertGreaterThan(ticks.domain.upperBound, ticks.domain.lowerBound)
    }

    func testWithinStaysInsideTheRange() {
        let ticks = Ticks(within: 0...0.63, count: 8)
        XCTAssertEqual(ticks.values.first, 0)
        XCTAssertLessThanOrEqual(ticks.values.last!, 0.63)
        XCTAssertEqual(ticks.values, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
    }
}
