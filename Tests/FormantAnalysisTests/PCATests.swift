import FormantAnalysis
import FormantNumerics
import FormantTestSupport
import XCTest

final class PCATests: XCTestCase {
    func testMatchesScikitLearn() throws {
        let section = AnalysisFixture.section("pca")
        let result = try PCA.fit(FrameMatrix(AnalysisFixture.matrix(section["x"])), components: section["k"] as! Int)
        assertClose(result.explainedVarianceRatio, AnalysisFixture.doubles(section["explained_variance_ratio"]), atol: 1e-8)
        assertClose(result.explainedVariance, AnalysisFixture.doubles(section["explained_variance"]), rtol: 1e-8)
        assertClose(result.components.storage, AnalysisFixture.matrix(section["components"]).storage, atol: 1e-6)
        assertClose(result.scores.storage, AnalysisFixture.matrix(section["scores"]).storage, atol: 1e-6)
    }

    func testRejectsTooManyComponents() {
        var data = TestData(seed: 41)
        assertThrowsMessage(try PCA.fit(FrameMatrix(data.matrix(10, 3)), components: 4), containing: ["'k' is 4", "1...3"])
    }
}
