import XCTest
@testable import FormantPlots

final class TrainingCurveTests: XCTestCase {
    func testRecordingGrowsTheFigureAndItsData() throws {
        let curve = TrainingCurve(title: "probe")
        XCTAssertEqual(curve.summary, "TrainingCurve 'probe': no steps yet")
        XCTAssertTrue(curve.svg.contains("waiting for the first step"))
        try curve.record(step: 1, [("loss", 2.0), ("accuracy", 0.2)])
        let before = curve.svg
        try curve.record(step: 2, [("loss", 1.5)])
        XCTAssertNotEqual(curve.svg, before, "re-rendering shows the new step")
        XCTAssertEqual(curve.metricNames, ["loss", "accuracy"])
        XCTAssertEqual(curve.count, 3)
        XCTAssertEqual(curve.csv, "metric,step,value\nloss,1.0,2.0\nloss,2.0,1.5\naccuracy,1.0,0.2\n")
        XCTAssertEqual(curve.summary, "TrainingCurve 'probe': loss 1.5, accuracy 0.2 at step 2")
        try FigureAssertions.assertWellFormedSVG11(curve.svg, name: "training")
    }

    func testInfiniteValuesAndStepsAreRefusedButNaNIsAGap() throws {
        let curve = TrainingCurve()
        XCTAssertThrowsError(try curve.record(step: .nan, [("loss", 1)]))
        XCTAssertThrowsError(try curve.record(step: 3, [("loss", .infinity)])) {
            XCTAssertEqual(String(describing: $0), "metric 'loss' at step 3 has a non-finite value (NaN or infinity) at index 0")
        }
        XCTAssertNoThrow(try curve.record(step: 3, [("loss", .nan)]))
        XCTAssertEqual(curve.count, 1)
    }
}
