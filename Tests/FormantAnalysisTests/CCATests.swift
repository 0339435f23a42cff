import FormantAnalysis
import FormantNumerics
import FormantTestSupport
import XCTest

final class CCATests: XCTestCase {
    private let section = AnalysisFixture.section("similarity")
    private var a: FrameMatrix { FrameMatrix(AnalysisFixture.matrix(section["a"]), name: "a") }
    private var b: FrameMatrix { FrameMatrix(AnalysisFixture.matrix(section["b"]), name: "b") }

    func testMatchesCCACore() throws {
        let reference = section["cca"] as! [String: Any]
        let result = try CCA.compute(a, b)
        assertClose(result.correlations, AnalysisFixture.doubles(reference["correlations"]), atol: 1e-5)
        assertClose(result.mean, AnalysisFixture.double(reference["mean"]), atol: 1e-5)
    }

    func testMatchesCCACoreWithEpsilon() throws {
        let reference = section["cca_epsilon"] as! [String: Any]
        let result = try CCA.compute(a, b, epsilon: AnalysisFixture.double(reference["epsilon"]))
        assertClose(result.correlations, AnalysisFixture.doubles(reference["correlations"]), atol: 1e-5)
        assertClose(result.mean, AnalysisFixture.double(reference["mean"]), atol: 1e-5)
    }

    func testFewerFramesThanFeaturesSaysHowManyAreNeeded() {
        let wide = AnalysisFixture.section("wide")
        let a = FrameMatrix(AnalysisFixture.matrix(wide["a"]), name: "a")
        let b = FrameMatrix(AnalysisFixture.matrix(wide["b"]), name: "b")
        assertThrowsMessage(try CCA.compute(a, b), containing: ["40 frames", "at least 65", "k ≤ 39 features", "`pca(x, k).scores`"])
    }
}
