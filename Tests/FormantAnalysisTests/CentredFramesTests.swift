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

    /// In Float64, and with the frames in Float32 (whose block products are taken in single precision, 7 digits).
    func testReducedCrossMomentByProjectionOrByTheFullProductIsAᵀXcᵀYcB() throws {
        let x = data.matrix(60, 12), y = data.matrix(60, 10)
        let full = centred(x).multiplied(by: centred(y), transposingSelf: true)
        let inputs = [(CentredFrames(FrameMatrix(x)), CentredFrames(FrameMatrix(y)), 1e-9),
                      (CentredFrames(try FrameMatrix(x.tensor)), CentredFrames(try FrameMatrix(y.tensor)), 1e-4)]
        for (cx, cy, tolerance) in inputs {
            // (few columns on the left: projects x), (few on the right: projects y), (many on both: full product)
            for (ka, kb) in [(2, 8), (9, 3), (11, 9)] {
                let a = data.matrix(12, ka), b = data.matrix(10, kb)
                let expected = a.multiplied(by: full * b, transposingSelf: true)
                let reduced = try cx.reducedCrossMoment(with: cy, a, b)
                XCTAssertEqual([reduced.rows, reduced.columns], [ka, kb])
                assertClose(reduced.storage, expected.storage, atol: tolerance, "\(ka) × \(kb), \(cx.frames.isSinglePrecision ? "Float32" : "Float64")")
            }
        }
    }

    private func centred(_ m: Matrix) -> Matrix {
        let means = m.columnMeans
        var result = m
        for i in 0..<m.rows { for j in 0..<m.columns { result[i, j] -= means[j] } }
        return result
    }
}
