@testable import FormantAnalysis
import XCTest

final class DotProductTileTests: XCTestCase {
    /// Every product of the tile equals the plain dot product, with and without features past the last
    /// multiple of eight.
    func testProductsMatchPlainDotProducts() {
        var random = SeededRandom(seed: 4)
        for features in [1, 8, 13, 64, 771] {
            let values = (0..<(7 * features)).map { _ in Float(random.normal()) }
            values.withUnsafeBufferPointer { buffer in
                let rows = (0..<7).map { UnsafePointer(buffer.baseAddress! + $0 * features) }
                var out = [Float](repeating: .nan, count: 12)
                rows.withUnsafeBufferPointer { rows in
                    DotProductTile.products(rows.baseAddress!, rows.baseAddress! + 3, features: features, into: &out)
                }
                for row in 0..<3 {
                    for column in 0..<4 {
                        let expected = (0..<features).reduce(Float(0)) { $0 + rows[row][$1] * rows[3 + column][$1] }
                        XCTAssertEqual(out[row * 4 + column], expected, accuracy: 1e-4 * Float(features),
                                       "\(features) features, row \(row), column \(column)")
                    }
                }
            }
        }
    }
}
