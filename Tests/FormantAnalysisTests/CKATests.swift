import FormantAnalysis
import FormantNumerics
import FormantTestSupport
import XCTest

final class CKATests: XCTestCase {
    func testMatchesTheGramFormulaLinearAndDebiased() throws {
        for name in ["similarity", "wide"] {
            let section = AnalysisFixture.section(name)
            let reference = section["cka"] as! [String: Any]
            let a = FrameMatrix(AnalysisFixture.matrix(section["a"]), name: "a")
            let b = FrameMatrix(AnalysisFixture.matrix(section["b"]), name: "b")
            assertClose(try CKA.compute(a, b), AnalysisFixture.double(reference["linear"]), atol: 1e-5, name)
            assertClose(try CKA.compute(a, b, debiased: true), AnalysisFixture.double(reference["debiased"]), atol: 1e-5, name)
        }
    }

    func testInvariantToRotationAndScale() throws {
        var data = TestData(seed: 21)
        let x = data.matrix(100, 5)
        let rotation = try LinearAlgebra.qr(data.matrix(5, 5)).q
        let y = 3.0 * (x * rotation)
        assertClose(try CKA.compute(FrameMatrix(x), FrameMatrix(y)), 1, atol: 1e-10)
        assertClose(try CKA.compute(FrameMatrix(x), FrameMatrix(y), debiased: true), 1, atol: 1e-10)
    }

    func testDebiasedNeverNaNAndWithinRange() throws {
        var data = TestData(seed: 22)
        for frames in [4, 5, 8, 30] {
            let value = try CKA.compute(FrameMatrix(data.matrix(frames, 3)), FrameMatrix(data.matrix(frames, 7)), debiased: true)
            XCTAssertFalse(value.isNaN)
            XCTAssertTrue((-1...1).contains(value), "\(value)")
        }
        assertThrowsMessage(
            try CKA.compute(FrameMatrix(data.matrix(3, 2)), FrameMatrix(data.matrix(3, 2)), debiased: true),
            containing: ["at least 4"])
    }

    func testDebiasedIsZeroForAViewWithNothingBeyondChance() throws {
        // One frame standing out from constant others: the unbiased self-HSIC is 0 in exact arithmetic, and its
        // rounding (either sign) must not decide between 0 and 1.
        var data = TestData(seed: 23)
        for frames in [28, 50] {
            var rows = Array(repeating: [0.0, 0.0, 0.0], count: frames)
            rows[7] = [1, 2, 3]
            let spike = FrameMatrix(Matrix(rowArrays: rows))
            XCTAssertEqual(try CKA.compute(spike, spike, debiased: true), 0)
            XCTAssertEqual(try CKA.compute(spike, FrameMatrix(data.matrix(frames, 4)), debiased: true), 0)
        }
    }

    func testManyFramesUseOnlyFeatureGrams() throws {
        // 100,000 frames: an n×n Gram would need 80 GB; the feature form needs a few kilobytes.
        var data = TestData(seed: 23)
        let x = data.matrix(100_000, 4)
        var y = x
        for i in 0..<y.rows { y[i, 0] += data.normal() }
        let value = try CKA.compute(FrameMatrix(x.tensor), FrameMatrix(y.tensor), debiased: true)
        XCTAssertGreaterThan(value, 0.5)
        XCTAssertLessThan(value, 1)
    }
}
