import FormantNumerics
import XCTest

final class BLASTests: XCTestCase {
    /// [[1, 2, 3], [4, 5, 6]], row-major.
    private let a: [Double] = [1, 2, 3, 4, 5, 6]

    func testMatrixVectorProductTakesTheRowsDotProducts() {
        var y: [Double] = [10, 20]
        BLAS.gemv(m: 2, n: 3, alpha: 2, a: a, x: [1, 0, -1], beta: 1, y: &y)
        XCTAssertEqual(y, [6, 16])  // 10 + 2·(1 − 3), 20 + 2·(4 − 6)
    }

    func testTransposedProductCombinesTheRows() {
        var y: [Double] = [1, 1, 1]
        BLAS.gemv(transpose: true, m: 2, n: 3, alpha: -1, a: a, x: [1, 2], beta: 1, y: &y)
        XCTAssertEqual(y, [-8, -11, -14])  // 1 − (1·[1, 2, 3] + 2·[4, 5, 6])
    }

    func testEmptyMatrixLeavesTheOutputAlone() {
        var y: [Double] = [7]
        BLAS.gemv(m: 0, n: 3, a: a, x: [1, 1, 1], y: &y)
        XCTAssertEqual(y, [7])
    }
}
