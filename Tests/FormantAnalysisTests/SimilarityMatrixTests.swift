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

    func testEveryMeasureFromPreparedLayersEqualsTheMeasureOfEachPair() throws {
        var data = TestData(seed: 62)
        let base = data.matrix(120, 3)
        func layer(_ name: String, _ width: Int, mixing: Double) -> (name: String, frames: FrameMatrix) {
            var x = data.matrix(120, width)
            for i in 0..<120 { for j in 0..<3 { x[i, j] += mixing * base[i, j] } }
            return (name: name, frames: FrameMatrix(x, name: name))
        }
        let a = [layer("a0", 5, mixing: 0.5), layer("a1", 7, mixing: 3)]
        let b = [layer("b0", 4, mixing: 1), layer("b1", 6, mixing: 0), layer("b2", 5, mixing: 4)]
        let measures: [RepresentationMeasure] = [.svcca(.variance(0.99)), .svcca(.count(3)), .cka, .debiasedCKA, .pwcca]
        for measure in measures {
            let matrix = try SimilarityMatrix.compute(a, b, measure: measure)
            XCTAssertEqual(matrix.values.count, 2)
            for i in a.indices {
                for j in b.indices {
                    assertClose(matrix.values[i][j], try measure.compare(a[i].frames, b[j].frames), atol: 1e-12, "\(measure) \(i) \(j)")
                }
            }
        }
    }

    /// One model against itself: every pair's value as the measure gives it (symmetric measures compare each
    /// pair once and mirror it; PWCCA, which is not symmetric, compares both orders).
    func testOneModelAgainstItselfEqualsTheMeasureOfEachPair() throws {
        var data = TestData(seed: 64)
        let base = data.matrix(100, 3)
        let layers = (0..<3).map { index -> (name: String, frames: FrameMatrix) in
            var x = data.matrix(100, 4 + index)
            for i in 0..<100 { for j in 0..<3 { x[i, j] += Double(index + 1) * base[i, j] } }
            return (name: "l\(index)", frames: FrameMatrix(x, name: "l\(index)"))
        }
        for measure: RepresentationMeasure in [.svcca(.variance(0.99)), .cka, .debiasedCKA, .pwcca] {
            let matrix = try SimilarityMatrix.compute(layers, measure: measure)
            XCTAssertEqual(matrix.columns, ["l0", "l1", "l2"])
            for i in layers.indices {
                for j in layers.indices {
                    assertClose(matrix.values[i][j], try measure.compare(layers[i].frames, layers[j].frames), atol: 1e-12,
                                "\(measure) \(i) \(j)")
                }
            }
        }
    }

    func testErrorsNameTheBadLayer() {
        var data = TestData(seed: 63)
        var bad = data.matrix(30, 3)
        bad[4, 2] = .infinity
        let a = [(name: "a0", frames: FrameMatrix(data.matrix(30, 3), name: "a0"))]
        for measure in [RepresentationMeasure.svcca(.variance(0.99)), .cka] {
            assertThrowsMessage(
                try SimilarityMatrix.compute(a, [(name: "b0", frames: FrameMatrix(bad, name: "b0"))], measure: measure), containing: ["'b0'"])
        }
        assertThrowsMessage(
            try SimilarityMatrix.compute(a, [(name: "b1", frames: FrameMatrix(data.matrix(20, 3), name: "b1"))]),
            containing: ["'a0' has 30", "'b1' has 20"])
    }
}
