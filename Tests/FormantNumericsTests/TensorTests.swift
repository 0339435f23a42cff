import FormantNumerics
import FormantTestSupport
import XCTest

final class TensorTests: XCTestCase {
    func testRowsTransposeAndSubscript() {
        var t = Tensor(rows: [[1, 2, 3], [4, 5, 6]])
        XCTAssertEqual(t.row(1).storage, [4, 5, 6])
        XCTAssertEqual(t.rows(1..<2).shape, [1, 3])
        XCTAssertEqual(t.transposed(), Tensor(rows: [[1, 4], [2, 5], [3, 6]]))
        t[1, 2] = 9
        XCTAssertEqual(t[1, 2], 9)
        XCTAssertEqual(t.rowWidth, 3)
    }
}
