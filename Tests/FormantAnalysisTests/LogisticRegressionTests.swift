import Foundation
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

    func testTwoClassesReachScikitLearnsBinaryOptimum() throws {
        // scikit-learn's binary objective C·Σ log(1 + exp(−yᵢ(v·xᵢ + b))) + ½‖v‖² has gradient C·Xᵀ(p − y) + v = 0
        // at its optimum; the fitted v = w₁ − w₀ must satisfy it for the C given (not 2C).
        var data = TestData(seed: 73)
        let x = data.matrix(200, 4)
        let codes = (0..<200).map { i in x[i, 0] + 0.5 * x[i, 1] + 0.3 * data.matrix(1, 1)[0, 0] > 0 ? 1 : 0 }
        let c = 0.05
        let model = try LogisticRegression.fit(x, codes: codes, classes: 2, c: c, maxIterations: 10_000, tolerance: 1e-12)
        let v = (0..<4).map { model.weights[$0, 1] - model.weights[$0, 0] }
        let b = model.intercepts[1] - model.intercepts[0]
        var gradient = v
        for i in 0..<200 {
            let p = 1 / (1 + Foundation.exp(-((0..<4).reduce(b) { $0 + v[$1] * x[i, $1] })))
            for j in 0..<4 { gradient[j] += c * (p - Double(codes[i])) * x[i, j] }
        }
        assertClose(gradient, [0, 0, 0, 0], atol: 1e-6)
    }

    func testAnInverseStrengthTooLargeToRegulariseIsRefused() {
        var data = TestData(seed: 74)
        assertThrowsMessage(
            try LogisticRegression.fit(data.matrix(10, 2), codes: (0..<10).map { $0 % 2 }, classes: 2, c: .infinity),
            containing: ["at most 1e12"])
    }

    func testStoppingParametersAreCheckedAndTheIterationCapHolds() throws {
        var data = TestData(seed: 75)
        let x = data.matrix(40, 3), codes = (0..<40).map { $0 % 3 }
        assertThrowsMessage(try LogisticRegression.fit(x, codes: codes, classes: 3, tolerance: -1), containing: ["'tol'", "at least 0"])
        assertThrowsMessage(try LogisticRegression.fit(x, codes: codes, classes: 3, tolerance: .nan), containing: ["'tol'"])
        assertThrowsMessage(try LogisticRegression.fit(x, codes: codes, classes: 3, maxIterations: 0), containing: ["'maxIterations'"])
        XCTAssertEqual(try LogisticRegression.fit(x, codes: codes, classes: 3, maxIterations: 2, tolerance: 0).iterations, 2)
    }
}
