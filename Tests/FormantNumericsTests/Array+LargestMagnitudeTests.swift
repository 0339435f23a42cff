import FormantNumerics
import XCTest

final class ArrayLargestMagnitudeTests: XCTestCase {
    func testFindsTheLargestMagnitudeInLanesAndInTheTail() {
        XCTAssertEqual([Float]().largestMagnitude, 0)
        for count in [1, 7, 8, 9, 16, 23] {  // the largest in every position: the lanes and the tail
            for position in 0..<count {
                var values = (0..<count).map { Float($0 % 5) - 2 }
                values[position] = -9
                XCTAssertEqual(values.largestMagnitude, 9, "\(count) values, -9 at \(position)")
            }
        }
        XCTAssertEqual([Float](repeating: .nan, count: 9).largestMagnitude, 0, "NaNs are passed over")
        XCTAssertEqual(([Float](repeating: 1, count: 12) + [-.infinity]).largestMagnitude, .infinity)
    }
}
