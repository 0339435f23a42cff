import FormantNumerics
import FormantTestSupport
import XCTest

final class MatrixLinearAlgebraTests: XCTestCase {
    private let a = Matrix(rowArrays: [[4, 1, 2], [1, 3, 0], [2, 0, 5], [1, 1, 1]])

    func testSVDReconstructsAndOrdersSingularValues() throws {
        let svd = try LinearAlgebra.svd(a)
        XCTAssertEqual(svd.singularValues, svd.singularValues.sorted(by: >))
        let rebuilt = svd.u.scalingColumns(by: svd.singularValues) * svd.vt
        assertClose(rebuilt.storage, a.storage, atol: 1e-12)
        assertClose(try LinearAlgebra.singularValues(a), svd.singularValues, atol: 1e-12)
        assertClose(try LinearAlgebra.singularValues(a.transposed), svd.singularValues, atol: 1e-12)
    }

    func testSymmetricEigenDecomposes() throws {
        let s = a.gram
        let eigen = try LinearAlgebra.symmetricEigen(s)
        XCTAssertEqual(eigen.values, eigen.values.sorted(by: >))
        let rebuilt = eigen.vectors.scalingColumns(by: eigen.values).multiplied(by: eigen.vectors, transposingOther: true)
        assertClose(rebuilt.storage, s.storage, atol: 1e-10)
        let tri = try LinearAlgebra.tridiagonalEigen(diagonal: [2, 2], offDiagonal: [1])
        assertClose(tri.values, [3, 1], atol: 1e-12)
    }

    func testQRAndSolves() throws {
        let qr = try LinearAlgebra.qr(a)
        assertClose((qr.q * qr.r).storage, a.storage, atol: 1e-12)
        assertClose(qr.q.gram.storage, Matrix.identity(3).storage, atol: 1e-12)
        let spd = a.gram
        let l = try LinearAlgebra.cholesky(spd)
        assertClose(l.multiplied(by: l, transposingOther: true).storage, spd.storage, atol: 1e-10)
        let rhs = Matrix(rowArrays: [[1], [2], [3]])
        assertClose((spd * (try LinearAlgebra.solveSymmetricPositiveDefinite(spd, rhs))).storage, rhs.storage, atol: 1e-10)
        assertClose((spd * (try LinearAlgebra.solve(spd, rhs))).storage, rhs.storage, atol: 1e-10)
    }

    func testFailuresAreErrorsNotCrashes() {
        var bad = a
        bad[0, 0] = .nan
        assertThrowsMessage(try LinearAlgebra.svd(bad), containing: ["svd", "NaN"])
        assertThrowsMessage(try LinearAlgebra.cholesky(Matrix(rowArrays: [[1, 2], [2, 1]])), containing: ["not positive definite"])
        assertThrowsMessage(try LinearAlgebra.solve(Matrix(rowArrays: [[1, 2], [2, 4]]), Matrix(rowArrays: [[1], [1]])), containing: ["singular"])
        assertThrowsMessage(try LinearAlgebra.qr(a.transposed), containing: ["rows ≥ columns"])
        assertThrowsMessage(try LinearAlgebra.symmetricEigen(a), containing: ["not square"])
    }
}
