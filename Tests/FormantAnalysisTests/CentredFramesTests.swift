import FormantNumerics
import FormantTestSupport
import XCTest
@testable import FormantAnalysis

final class CentredFramesTests: XCTestCase {
    private var data = TestData(seed: 81)

    func testGramAndCrossMomentAreThoseOfTheCentredFrames() throws {
        let x = data.matrix(50, 4), y = data.matrix(50, 3)
        let cx = CentredFrames(FrameMatrix(x)), cy = CentredFrames(FrameMatrix(y))
        let xc = centred(x), yc = centred(y)
        assertClose(try cx.gram().storage, xc.multiplied(by: xc, transposingSelf: true).storage, atol: 1e-10)
        assertClose(try cx.crossMoment(with: cy).storage, xc.multiplied(by: yc, transposingSelf: true).storage, atol: 1e-10)
        assertClose(try cx.rowSquaredNorms(), (0..<50).map { i in xc.row(i).reduce(0) { $0 + $1 * $1 } }, atol: 1e-10)
    }

    func testReducedCrossMomentByProjectionOrByTheFullProductIsAᵀXcᵀYcB() throws {
        let x = data.matrix(60, 12), y = data.matrix(60, 10)
        let cx = CentredFrames(FrameMatrix(x)), cy = CentredFrames(FrameMatrix(y))
        let full = centred(x).multiplied(by: centred(y), transposingSelf: true)
        // (few columns on the left: projects x), (few on the right: projects y), (many on both: full product)
        for (ka, kb) in [(2, 8), (9, 3), (11, 9)] {
            let a = data.matrix(12, ka), b = data.matrix(10, kb)
            let expected = a.multiplied(by: full * b, transposingSelf: true)
            let reduced = try cx.reducedCrossMoment(with: cy, a, b)
            XCTAssertEqual([reduced.rows, reduced.columns], [ka, kb])
            assertClose(reduced.storage, expected.storage, atol: 1e-9, "\(ka) × \(kb)")
        }
    }

    private func centred(_ m: Matrix) -> Matrix {
        let means = m.columnMeans
        var result = m
        for i in 0..<m.rows { for j in 0..<m.columns { result[i, j] -= means[j] } }
        return result
    }
}
