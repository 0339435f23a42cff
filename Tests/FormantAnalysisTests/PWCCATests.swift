import FormantAnalysis
import FormantNumerics
import FormantTestSupport
import XCTest

final class PWCCATests: XCTestCase {
    private let section = AnalysisFixture.section("similarity")

    func testMatchesGoogleWithTheNarrowerViewFirst() throws {
        let reference = section["pwcca_narrow_first"] as! [String: Any]
        let a = FrameMatrix(AnalysisFixture.matrix(section["a"]), name: "a")
        let b = FrameMatrix(AnalysisFixture.matrix(section["b"]), name: "b")
        let narrowFirst = try PWCCA.compute(b, a)
        assertClose(narrowFirst.mean, AnalysisFixture.double(reference["mean"]), atol: 1e-5)
        assertClose(narrowFirst.weights, AnalysisFixture.doubles(reference["weights"]), atol: 1e-5)
        // google/svcca raises IndexError in this order (wider view first); here it gives the same answer.
        let wideFirst = try PWCCA.compute(a, b)
        assertClose(wideFirst.mean, AnalysisFixture.double(reference["mean"]), atol: 1e-5)
    }

    func testIdenticalViewsGiveOne() throws {
        var data = TestData(seed: 11)
        let x = FrameMatrix(data.matrix(60, 4))
        assertClose(try PWCCA.compute(x, x).mean, 1, atol: 1e-8)
    }

    /// A representation against itself scores 1, never above (rounding in the weights and correlations).
    func testSelfComparisonNeverExceedsOne() throws {
        var data = TestData(seed: 91)
        let over = try (0..<20).map { trial -> Double in
            let x = FrameMatrix(data.matrix(60 + trial, 5 + trial % 7))
            return try PWCCA.compute(x, x).mean
        }.filter { $0 > 1 }
        XCTAssertEqual(over, [])
    }
}
