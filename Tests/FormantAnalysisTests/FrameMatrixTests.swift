import FormantNumerics
import FormantTestSupport
import XCTest
@testable import FormantAnalysis

final class FrameMatrixTests: XCTestCase {
    /// 20 × 768 single-precision frames, all finite and varied.
    private func frames() -> [Float] { (0..<(20 * 768)).map { Float($0 % 97) / 7 } }

    func testValidationNamesTheFirstNaNOrInfinityOfSinglePrecisionFrames() throws {
        for (row, column, value) in [(0, 3, Float.nan), (10, 5, -.infinity), (19, 766, .infinity), (6, 0, .nan)] {
            var values = frames()
            values[row * 768 + column] = value
            values[19 * 768 + 767] = .nan  // a later one is not reported
            let x = try FrameMatrix(Tensor(shape: [20, 768], storage: values), name: "layer 3")
            assertThrowsMessage(try x.validate(for: "svcca"), containing: ["'layer 3'", "frame \(row), feature \(column)"])
        }
        XCTAssertNoThrow(try FrameMatrix(Tensor(shape: [20, 768], storage: frames())).validate(for: "svcca"))
    }
}
