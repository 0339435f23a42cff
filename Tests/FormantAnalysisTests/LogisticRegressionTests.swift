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
        // The fixture's scikit-learn fit: LogisticRegression(C=0.5, solver="lbfgs", tol=1e-12, max_iter=10000).
        let model = try LogisticRegression.fit(
            x.selectingRows(train), codes: train.map { labels[$0] }, classes: 3, c: AnalysisFixture.double(section["C"]),
            maxIterations: 10_000, tolerance: 1e-12)
        let expected = AnalysisFixture.matrix(section["test_probabilities"])
        assertClose(model.probabilities(x.selectingRows(test)).storage, expected.storage, atol: 1e-5)
    }

    func testStopsWhenNoIterationLowersTheObjective() throws {
        // Separable classes: without the relative-reduction stop, L-BFGS crawls on (a stalled line search each
        // iteration) until the iteration limit.
        var data = TestData(seed: 71)
        var x = data.matrix(400, 6)
        let codes = (0..<400).map { $0 % 2 }
        for i in 0..<400 { x[i, 0] += codes[i] == 0 ? 4 : -4 }
        let model = try LogisticRegression.fit(x, codes: codes, classes: 2, c: 1, maxIterations: 5_000, tolerance: 0)
        XCTAssertLessThan(model.iterations, 5_000)
        XCTAssertEqual(model.predict(x), codes)
    }

    func testDefaultToleranceIsScikitLearnsOnTheMeanLoss() throws {
        var data = TestData(seed: 72)
        let x = data.matrix(300, 5)
        let codes = (0..<300).map { $0 % 3 }
        let loose = try LogisticRegression.fit(x, codes: codes, classes: 3)
        let tight = try LogisticRegression.fit(x, codes: codes, classes: 3, tolerance: 1e-10)
        XCTAssertLessThan(loose.iterations, tight.iterations)
        assertClose(loose.probabilities(x).storage, tight.probabilities(x).storage, atol: 1e-3)
    }
}
