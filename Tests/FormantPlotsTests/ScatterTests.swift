import XCTest
@testable import FormantPlots

final class ScatterTests: XCTestCase {
    /// 50,000 points, as a UMAP of an utterance set gives, stay within 1.5 MB of SVG.
    func testFiftyThousandPointsFitInOnePointFiveMegabytes() throws {
        var random = TestRandom(seed: 3)
        let x = (0..<50_000).map { _ in random.normal() * 10 }
        let y = (0..<50_000).map { _ in random.normal() * 10 }
        let labels = (0..<50_000).map { String($0 % 5 + 1) }
        let scatter = try Scatter(x: x, y: y, coloring: .categories(labels))
        let svg = scatter.svg
        XCTAssertLessThanOrEqual(svg.utf8.count, 1_500_000, "\(svg.utf8.count) bytes")
        XCTAssertEqual(svg.components(separatedBy: "h0").count - 1, 50_000, "every point drawn")
        XCTAssertEqual(svg.components(separatedBy: "<path").count - 1, 5 + 5, "one path per colour (and legend swatches)")
        try FigureAssertions.assertWellFormedSVG11(svg, name: "scatter-50k")
    }

    func testTooltipsOnlyUpToTheLimit() throws {
        let few = try Scatter(x: [0, 1], y: [1, 0], tooltips: ["a < b", "c"])
        XCTAssertTrue(few.svg.contains("<title>a &lt; b</title>"))
        let count = Scatter.tooltipLimit + 1
        let many = try Scatter(x: (0..<count).map(Double.init), y: (0..<count).map(Double.init),
                               tooltips: (0..<count).map(String.init))
        XCTAssertFalse(many.svg.contains("<circle"))
    }

    func testCategoriesSortNumericallyUnlessOrdered() throws {
        let labels = ["10", "2", "1", "2"]
        let x: [Double] = [0, 1, 2, 3]
        XCTAssertEqual(try Scatter(x: x, y: x, coloring: .categories(labels)).categories, ["1", "2", "10"])
        XCTAssertEqual(try Scatter(x: x, y: x, coloring: .categories(labels), categoryOrder: ["10"]).categories,
                       ["10", "1", "2"])
        XCTAssertEqual(try Scatter(x: x, y: x, coloring: .categories(["f", "m", "f", "m"])).categories, ["f", "m"])
    }

    func testBadInputsAreNamed() {
        XCTAssertThrowsError(try Scatter(x: [0, 1], y: [0])) {
            XCTAssertEqual(String(describing: $0), "y coordinates of the scatter has 1 values, expected 2")
        }
        XCTAssertThrowsError(try Scatter(x: [0, .nan], y: [0, 1])) {
            XCTAssertEqual($0 as? PlotError, .nonFinite(what: "x coordinates of the scatter", index: 1))
        }
        XCTAssertThrowsError(try Scatter(x: [0, 1], y: [0, 1], coloring: .categories(["a"]))) {
            XCTAssertEqual($0 as? PlotError, .lengthMismatch(what: "colour labels of the scatter", expected: 2, actual: 1))
        }
        XCTAssertThrowsError(try Scatter(points: [[0, 1], [2]])) {
            XCTAssertEqual($0 as? PlotError, .raggedRows(what: "scatter points", row: 1, expected: 2, actual: 1))
        }
    }

    func testContinuousColouringUsesAColourBar() throws {
        let scatter = try FigureFixtures.valueScatter()
        XCTAssertEqual(scatter.guide, .colorBar(.viridis, label: "x²"))
        XCTAssertNotNil(scatter.extents.color)
    }
}
