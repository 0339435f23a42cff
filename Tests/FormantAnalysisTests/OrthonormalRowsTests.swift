@testable import FormantAnalysis
import XCTest

final class OrthonormalRowsTests: XCTestCase {
    /// e₁ and (e₂ + e₃)/√2 in four dimensions.
    private func rows() -> OrthonormalRows {
        var rows = OrthonormalRows(capacity: 2, size: 4)
        rows.append([1, 0, 0, 0])
        rows.append([0, 1, 1, 0].map { $0 / 2.0.squareRoot() })
        return rows
    }

    func testOrthogonaliseRemovesTheComponentsAlongEveryVector() {
        var w: [Double] = [3, 2, 0, 5]
        rows().orthogonalise(&w)
        for (value, expected) in zip(w, [0, 1, -1, 5] as [Double]) { XCTAssertEqual(value, expected, accuracy: 1e-12) }
    }

    func testCombinationWeighsTheLeadingVectors() {
        let combined = rows().combination([2, 2.0.squareRoot()])
        for (value, expected) in zip(combined, [2, 1, 1, 0] as [Double]) { XCTAssertEqual(value, expected, accuracy: 1e-12) }
        XCTAssertEqual(rows().combination([4]), [4, 0, 0, 0], "one weight: the first vector only")
        XCTAssertEqual(rows().count, 2)
    }
}
