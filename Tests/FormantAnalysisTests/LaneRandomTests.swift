@testable import FormantAnalysis
import XCTest

final class LaneRandomTests: XCTestCase {
    func testWholeNumbersStayBelowTheBound() {
        var random = LaneRandom(seed: 1)
        for bound in [1, 2, 7, 20_000, LaneRandom.largestBound] {
            for _ in 0..<20_000 {
                let values = random.wholeNumbers(below: Float(bound))
                for lane in 0..<8 {
                    XCTAssertEqual(values[lane], values[lane].rounded(.down), "a whole number")
                    XCTAssertTrue((0..<Float(bound)).contains(values[lane]), "\(values[lane]) for bound \(bound)")
                }
            }
        }
    }

    func testEveryLaneIsUniform() {
        var random = LaneRandom(seed: 2)
        var counts = [[Int]](repeating: [Int](repeating: 0, count: 10), count: 8)
        let draws = 40_000
        for _ in 0..<draws {
            let values = random.wholeNumbers(below: 10)
            for lane in 0..<8 { counts[lane][Int(values[lane])] += 1 }
        }
        for lane in 0..<8 {
            for count in counts[lane] { XCTAssertEqual(Double(count), Double(draws) / 10, accuracy: Double(draws) / 10 * 0.06) }
        }
    }

    func testLanesAreIndependentStreamsFixedBySeed() {
        var first = LaneRandom(seed: 3), second = LaneRandom(seed: 3), other = LaneRandom(seed: 4)
        let a = (0..<100).map { _ in first.next() }
        XCTAssertEqual(a, (0..<100).map { _ in second.next() })
        XCTAssertNotEqual(a, (0..<100).map { _ in other.next() })
        XCTAssertEqual(Set((0..<8).map { lane in a.map { $0[lane] } }).count, 8, "eight different streams")
    }
}
