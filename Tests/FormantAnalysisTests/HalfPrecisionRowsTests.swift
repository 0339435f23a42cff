@testable import FormantAnalysis
import XCTest

final class HalfPrecisionRowsTests: XCTestCase {
    /// Dot products agree with single precision to Float16's rounding, after the power-of-two scale, for
    /// feature counts with and without a remainder past the last eight.
    func testDotProductsMatchSinglePrecision() {
        var random = SeededRandom(seed: 9)
        for features in [3, 8, 13, 16, 29, 768] {
            let values = (0..<(4 * features)).map { _ in Float(random.normal() * 3) }
            let vector = (0..<features).map { _ in Float(random.normal()) }
            let rows = HalfPrecisionRows(values, features: features)
            for row in 0..<4 {
                let exact = (0..<features).reduce(Float(0)) { $0 + values[row * features + $1] * vector[$1] }
                let half = vector.withUnsafeBufferPointer { rows.dot(row, $0.baseAddress!) } / rows.scale
                let magnitude = (0..<features).reduce(Float(0)) { $0 + abs(values[row * features + $1] * vector[$1]) }
                XCTAssertEqual(half, exact, accuracy: 1e-3 * magnitude, "\(features) features, row \(row)")
            }
        }
    }

    /// Four rows' dot products taken together equal the one-row ones, rows in any order and repeated, for feature
    /// counts with and without a remainder past the last eight.
    func testFourDotProductsMatchOneAtATime() {
        var random = SeededRandom(seed: 10)
        for features in [3, 8, 13, 768] {
            let values = (0..<(5 * features)).map { _ in Float(random.normal() * 3) }
            let vector = (0..<features).map { _ in Float(random.normal()) }
            let rows = HalfPrecisionRows(values, features: features)
            let four = SIMD4<Int32>(4, 0, 2, 0)
            let together = vector.withUnsafeBufferPointer { rows.dots(four, $0.baseAddress!) }
            for lane in 0..<4 {
                let alone = vector.withUnsafeBufferPointer { rows.dot(Int(four[lane]), $0.baseAddress!) }
                XCTAssertEqual(together[lane], alone, accuracy: 1e-5 * Swift.max(1, abs(alone)), "\(features) features, lane \(lane)")
            }
        }
    }

    /// The scale is a power of two bringing the largest magnitude into [2¹⁴, 2¹⁵), so values far outside Float16's
    /// range (±65,504) or far below its precision keep their relative precision.
    func testScaleKeepsAnyUnitsInRange() {
        for largest in [Float(3e7), 1, 2e-6] {
            let values: [Float] = [largest, -largest / 3, largest / 1000, 0]
            let rows = HalfPrecisionRows(values, features: 4)
            XCTAssertTrue((16_384..<32_768).contains(rows.scale * largest), "\(rows.scale * largest)")
            XCTAssertEqual(rows.scale.significandBitPattern, 0, "a power of two")
            rows.withRows(0, 0) { row, _ in
                for (half, value) in zip(row, values) {
                    XCTAssertTrue(half.isFinite)
                    XCTAssertEqual(Float(half) / rows.scale, value, accuracy: abs(value) * 1e-3)
                }
            }
        }
    }
}
