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

    func testLinearlyDependentFeaturesDropOut() throws {
        // x: 120 features spanning 6 latent directions, plus 6 of noise (rank 12 of 126); y shares 2 latent directions.
        // Rounded to Float32 as embeddings are, the dependent features leave eigenvalues of rounding noise, which
        // whitening must not treat as signal: the correlations are 1, 1, then below 1, never above.
        var data = TestData(seed: 21)
        func float32Features(_ parts: Matrix...) -> FrameMatrix {
            let rows = (0..<parts[0].rows).map { i in parts.flatMap { part in (0..<part.columns).map { Double(Float(part[i, $0])) } } }
            return FrameMatrix(Matrix(rowArrays: rows))
        }
        let z = data.matrix(600, 6)
        let x = float32Features(z * data.matrix(6, 120), data.matrix(600, 6))
        let y = float32Features(z.selectingColumns([0, 1]) * data.matrix(2, 10), data.matrix(600, 10))
        for correlations in [try CCA.compute(x, y).correlations, try PWCCA.compute(x, y).correlations] {
            XCTAssertLessThanOrEqual(correlations.max()!, 1 + 1e-9)
            assertClose(Array(correlations.prefix(2)), [1, 1], atol: 1e-6)
            XCTAssertLessThan(correlations[2], 0.9)
        }
    }

    func testFewerFramesThanFeaturesSaysHowManyAreNeeded() {
        let wide = AnalysisFixture.section("wide")
        let a = FrameMatrix(AnalysisFixture.matrix(wide["a"]), name: "a")
        let b = FrameMatrix(AnalysisFixture.matrix(wide["b"]), name: "b")
        assertThrowsMessage(try CCA.compute(a, b), containing: ["40 frames", "at least 65", "k ≤ 39 features", "`pca(x, k).scores`"])
    }
}
