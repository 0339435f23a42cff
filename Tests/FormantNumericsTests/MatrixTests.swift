import FormantNumerics
import FormantTestSupport
import XCTest

final class MatrixTests: XCTestCase {
    private let a = Matrix(rowArrays: [[1, 2, 3], [4, 5, 6]])

    func testProductsMatchHandComputedValues() {
        let b = Matrix(rowArrays: [[1, 0], [0, 1], [1, 1]])
        XCTAssertEqual(a * b, Matrix(rowArrays: [[4, 5], [10, 11]]))
        XCTAssertEqual(a.multiplied(by: a, transposingSelf: true), Matrix(rowArrays: [[17, 22, 27], [22, 29, 36], [27, 36, 45]]))
        XCTAssertEqual(a.gram, a.multiplied(by: a, transposingSelf: true))
        XCTAssertEqual(a.multiplied(by: a, transposingOther: true), Matrix(rowArrays: [[14, 32], [32, 77]]))
        XCTAssertEqual(a.multiplied(by: [1, 1, 1]), [6, 15])
    }

    func testStatistics() {
        XCTAssertEqual(a.columnMeans, [2.5, 3.5, 4.5])
        XCTAssertEqual(a.columnCentered, Matrix(rowArrays: [[-1.5, -1.5, -1.5], [1.5, 1.5, 1.5]]))
        XCTAssertEqual(a.covariance[0, 0], 4.5)
        XCTAssertEqual(a.rowSquaredNorms, [14, 77])
        XCTAssertFalse(a.isConstant)
        XCTAssertTrue(Matrix(rows: 3, columns: 2, repeating: 7).isConstant)
    }

    func testSelectionAndTranspose() {
        XCTAssertEqual(a.transposed, Matrix(rowArrays: [[1, 4], [2, 5], [3, 6]]))
        XCTAssertEqual(a.selectingColumns([2, 0]), Matrix(rowArrays: [[3, 1], [6, 4]]))
        XCTAssertEqual(a.selectingRows([1]), Matrix(rowArrays: [[4, 5, 6]]))
        XCTAssertEqual(a.column(1), [2, 5])
        XCTAssertEqual(Matrix.identity(2) * Matrix(rowArrays: [[3, 4], [5, 6]]), Matrix(rowArrays: [[3, 4], [5, 6]]))
    }

    func testTensorRoundTrip() {
        let tensor = Tensor(shape: [2, 3], storage: [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(Matrix(tensor), a)
        XCTAssertEqual(a.tensor, tensor)
        XCTAssertNil(Matrix(Tensor(shape: [6], storage: [1, 2, 3, 4, 5, 6])))
    }
}

final class MatrixAccumulationTests: XCTestCase {
    func testBlockwiseAccumulationEqualsWholeProducts() {
        let x = Matrix(rowArrays: [[1, 2], [3, 4], [5, 7], [0, 1]]), y = Matrix(rowArrays: [[1], [0], [2], [5]])
        var gram = Matrix(rows: 2, columns: 2), cross = Matrix(rows: 2, columns: 1)
        for rows in [[0, 1], [2, 3]] {
            gram.addUpperGram(of: x.selectingRows(rows))
            cross.addTransposedProduct(x.selectingRows(rows), y.selectingRows(rows))
        }
        gram.symmetrizeFromUpper()
        XCTAssertEqual(gram, x.gram)
        XCTAssertEqual(cross, x.multiplied(by: y, transposingSelf: true))
    }

    func testSinglePrecisionBlocksAccumulateIntoTheUpperTriangle() {
        let x = Matrix(rowArrays: [[1, 2], [3, 4], [5, 7], [0, 1]])  // small integers: exact in single precision
        var gram = Matrix(rows: 2, columns: 2)
        gram.addUpperGram(ofSinglePrecision: [1, 2, 3, 4])
        gram.addUpperGram(ofSinglePrecision: [5, 7, 0, 1])
        XCTAssertEqual(gram[1, 0], 0, "the lower triangle is left to symmetrizeFromUpper()")
        gram.symmetrizeFromUpper()
        XCTAssertEqual(gram, x.gram)
    }

    func testSinglePrecisionCrossProductsAccumulate() {
        var cross = Matrix(rows: 2, columns: 1)
        cross.addTransposedProduct(ofSinglePrecision: [1, 2, 3, 4], [1, 0])  // [[1, 2], [3, 4]]ᵀ·[1, 0]ᵀ
        cross.addTransposedProduct(ofSinglePrecision: [5, 7, 0, 1], [2, 5])
        XCTAssertEqual(cross, Matrix(rowArrays: [[1 + 3 * 0 + 10 + 0], [2 + 0 + 14 + 5]]))
    }
}
