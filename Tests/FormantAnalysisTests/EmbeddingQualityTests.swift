import FormantAnalysis
import FormantNumerics
import FormantTestSupport
import XCTest

final class EmbeddingQualityTests: XCTestCase {
    func testTrustworthinessMatchesScikitLearn() throws {
        let section = AnalysisFixture.section("trustworthiness")
        let x = FrameMatrix(AnalysisFixture.matrix(section["x"]))
        let embedding = AnalysisFixture.matrix(section["embedding"])
        let value = try EmbeddingQuality.trustworthiness(x, embedding, k: section["k"] as! Int)
        assertClose(value, AnalysisFixture.double(section["trustworthiness"]), atol: 1e-10)
    }

    func testIdentityEmbeddingIsFullyTrustworthyAndAccurate() throws {
        let points = Matrix(rowArrays: (0..<30).map { [Double($0), Double($0 % 3) * 100] })
        XCTAssertEqual(try EmbeddingQuality.trustworthiness(FrameMatrix(points), points, k: 5), 1)
        XCTAssertEqual(try EmbeddingQuality.neighborAccuracy(points, labels: (0..<30).map { $0 % 3 }, k: 3), 1)
    }
}
