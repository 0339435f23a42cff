import FormantAnalysis
import FormantNumerics
import FormantTestSupport
import XCTest

final class LogisticRegressionTests: XCTestCase {
    func testMatchesScikitLearnProbabilities() throws {
        let section = AnalysisFixture.section("logistic")
        let x = AnalysisFixture.matrix(section["x"])
        let labels = AnalysisFixture.ints(section["labels"])
        let train = AnalysisFixture.ints(section["train"]), test = AnalysisFixture.ints(section["test"])
        let model = try LogisticRegression.fit(
            x.selectingRows(train), codes: train.map { labels[$0] }, classes: 3, c: AnalysisFixture.double(section["C"]))
        let expected = AnalysisFixture.matrix(section["test_probabilities"])
        assertClose(model.probabilities(x.selectingRows(test)).storage, expected.storage, atol: 1e-5)
    }
}
