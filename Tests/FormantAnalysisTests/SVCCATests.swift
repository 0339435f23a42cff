import FormantAnalysis
import FormantNumerics
import FormantTestSupport
import XCTest

final class SVCCATests: XCTestCase {
    private func keep(_ value: Any?) -> SVCCAKeep {
        let number = AnalysisFixture.double(value)
        return number < 1 ? .variance(number) : .count(Int(number))
    }

    /// Float64 frames, and the same frames in Float32 as embeddings come (whose Gram matrices are taken in single
    /// precision), both within 10⁻⁵ of the recipe.
    func testMatchesGoogleRecipeForEveryKeepRule() throws {
        let section = AnalysisFixture.section("similarity")
        let a = AnalysisFixture.matrix(section["a"]), b = AnalysisFixture.matrix(section["b"])
        for (x, y) in [(FrameMatrix(a, name: "a"), FrameMatrix(b, name: "b")), (try FrameMatrix(a.tensor), try FrameMatrix(b.tensor))] {
            XCTAssertEqual(x.isSinglePrecision, y.isSinglePrecision)
            for case let reference as [String: Any] in section["svcca"] as! [Any] {
                let result = try SVCCA.compute(x, y, keep: keep(reference["keep_a"]), keepB: keep(reference["keep_b"]))
                XCTAssertEqual(result.keptA, reference["kept_a"] as? Int)
                XCTAssertEqual(result.keptB, reference["kept_b"] as? Int)
                assertClose(result.mean, AnalysisFixture.double(reference["mean"]), atol: 1e-5)
                assertClose(result.correlations, AnalysisFixture.doubles(reference["correlations"]), atol: 1e-5)
            }
        }
    }

    func testFewerFramesThanFeaturesUsesTheReducedForm() throws {
        let section = AnalysisFixture.section("wide")
        let a = FrameMatrix(AnalysisFixture.matrix(section["a"]), name: "a")
        let b = FrameMatrix(AnalysisFixture.matrix(section["b"]), name: "b")
        let reference = section["svcca"] as! [String: Any]
        let result = try SVCCA.compute(a, b)
        XCTAssertEqual(result.keptA, reference["kept_a"] as? Int)
        assertClose(result.mean, AnalysisFixture.double(reference["mean"]), atol: 1e-5)
    }

    func testAgainstLabelsMatchesOneHotReference() throws {
        let section = AnalysisFixture.section("labels")
        let matrix = AnalysisFixture.matrix(section["x"])
        let labels = AnalysisFixture.ints(section["labels"]).map { "class \($0)" }
        let reference = section["svcca"] as! [String: Any]
        for x in [FrameMatrix(matrix, name: "x"), try FrameMatrix(matrix.tensor, name: "x")] {  // Float64, then Float32
            let result = try SVCCA.compute(x, labels: labels)
            XCTAssertEqual(result.keptB, 3)
            assertClose(result.correlations, AnalysisFixture.doubles(reference["correlations"]), atol: 1e-5)
            assertClose(result.mean, AnalysisFixture.double(reference["mean"]), atol: 1e-5)
        }
    }

    func testIdenticalViewsCorrelatePerfectly() throws {
        var data = TestData(seed: 3)
        let x = FrameMatrix(data.matrix(50, 5))
        assertClose(try SVCCA.compute(x, x, keep: .all).mean, 1, atol: 1e-9)
    }

    func testFloat32TensorInputGivesTheSameResultAsFloat64() throws {
        var data = TestData(seed: 5)
        let a = data.matrix(80, 6), b = data.matrix(80, 4)
        let fromMatrix = try SVCCA.compute(FrameMatrix(a), FrameMatrix(b))
        let fromTensor = try SVCCA.compute(FrameMatrix(a.tensor), FrameMatrix(b.tensor))
        assertClose(fromTensor.mean, fromMatrix.mean, atol: 1e-5)
    }

    func testManyDirectionsPerFrameAreFlaggedAsInflated() throws {
        var data = TestData(seed: 9)
        let noise = try SVCCA.compute(FrameMatrix(data.matrix(50, 64)), FrameMatrix(data.matrix(50, 64)))
        XCTAssertGreaterThan(noise.mean, 0.8)  // unrelated data: the inflation the flag warns of
        XCTAssertTrue(noise.isInflatedBySampleSize)
        XCTAssertTrue(noise.mimeBundle.plain.contains("inflated"))
        let ample = try SVCCA.compute(FrameMatrix(data.matrix(2_000, 8)), FrameMatrix(data.matrix(2_000, 8)))
        XCTAssertFalse(ample.isInflatedBySampleSize)
        XCTAssertFalse(ample.mimeBundle.plain.contains("inflated"))
    }

    func testBadInputGivesClearErrors() throws {
        var data = TestData(seed: 9)
        let good = FrameMatrix(data.matrix(20, 3), name: "a")
        assertThrowsMessage(try SVCCA.compute(good, FrameMatrix(data.matrix(19, 3), name: "b")), containing: ["20 frames", "'b' has 19"])
        assertThrowsMessage(try SVCCA.compute(good, FrameMatrix(Matrix(rows: 20, columns: 3, repeating: 2), name: "b")), containing: ["'b' is constant"])
        assertThrowsMessage(try SVCCA.compute(good, FrameMatrix(Matrix(rows: 0, columns: 3), name: "b")), containing: ["'b' is empty"])
        var withNaN = data.matrix(20, 3)
        withNaN[4, 2] = .nan
        assertThrowsMessage(try SVCCA.compute(good, FrameMatrix(withNaN, name: "b")), containing: ["frame 4, feature 2"])
        assertThrowsMessage(try SVCCA.compute(good, good, keep: .variance(1.5)), containing: ["'keep'"])
        assertThrowsMessage(try SVCCA.compute(good, labels: Array(repeating: "a", count: 20)), containing: ["single class"])
        assertThrowsMessage(try FrameMatrix(Tensor(shape: [2, 2, 2]), name: "t"), containing: ["rank 2", "[2, 2, 2]"])
    }
}
