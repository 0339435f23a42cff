import FormantNumerics
import XCTest
@testable import FormantAnalysis

final class ArrayFilledTests: XCTestCase {
    func testHoldsWhatTheParallelFillWrote() {
        let count = 100_003
        let doubled = [Float](count: count) { buffer in
            Threading.parallelFor(count, minimumChunk: 1000) { range in
                for index in range { buffer[index] = Float(index % 1000) * 2 }
            }
        }
        XCTAssertEqual(doubled.count, count)
        XCTAssertEqual(doubled, (0..<count).map { Float($0 % 1000) * 2 })
    }
}
