import FormantAnalysis
import FormantNumerics
import FormantTestSupport
import XCTest

final class SimilarityMatrixTests: XCTestCase {
    func testDifferentLayerCountsAndDiagonalOfIdenticalModels() throws {
        var data = TestData(seed: 61)
        let a = (0..<3).map { (name: "a\($0)", frames: FrameMatrix(data.matrix(80, 4 + $0))) }
        let b = Array(a.prefix(2))
        let matrix = try SimilarityMatrix.compute(a, b, measure: .cka)
        XCTAssertEqual(matrix.values.count, 3)
        XCTAssertEqual(matrix.values[0].count, 2)
        assertClose(matrix.values[0][0], 1, atol: 1e-12)
        assertClose(matrix.values[1][1], 1, atol: 1e-12)
        XCTAssertLessThan(matrix.values[2][0], 0.5)
        XCTAssertTrue(matrix.mimeBundle.plain.contains("CKA between layers"))
    }
}
