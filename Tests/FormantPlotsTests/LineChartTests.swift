import XCTest
@testable import FormantPlots

final class LineChartTests: XCTestCase {
    func testSeriesOfTheWrongLengthIsNamed() {
        XCTAssertThrowsError(try LineChart(x: [0, 1, 2], series: [LineSeries("tone", values: [1, 2])])) { error in
            XCTAssertEqual(String(describing: error), "series 'tone' has 2 values, expected 3")
        }
    }

    func testEmptyAndNonFiniteInputsAreRefused() {
        XCTAssertThrowsError(try LineChart(x: [], series: [LineSeries("a", values: [])])) {
            XCTAssertEqual($0 as? PlotError, .emptyData(what: "x values of the line chart"))
        }
        XCTAssertThrowsError(try LineChart(x: [0, .nan], series: [LineSeries("a", values: [1, 2])])) {
            XCTAssertEqual($0 as? PlotError, .nonFinite(what: "x values of the line chart", index: 1))
        }
        XCTAssertThrowsError(try LineChart(x: [0, 1], series: [LineSeries("a", values: [1, .infinity])])) {
            XCTAssertEqual($0 as? PlotError, .nonFinite(what: "series 'a'", index: 1))
        }
        XCTAssertThrowsError(try LineChart(x: [0], series: [])) {
            XCTAssertEqual($0 as? PlotError, .emptyData(what: "series of the line chart"))
        }
    }

    func testInvertedBandIsRefused() {
        let series = LineSeries("tone", values: [1, 2], lower: [0, 3], upper: [2, 2.5])
        XCTAssertThrowsError(try LineChart(x: [0, 1], series: [series])) {
            XCTAssertEqual($0 as? PlotError, .invalidBand(series: "tone", index: 1, lower: 3, upper: 2.5))
        }
    }

    func testNaNLeavesAGapInTheLine() throws {
        let sx = LinearScale(domain: 0...3, from: 0, to: 30), sy = LinearScale(domain: 0...1, from: 10, to: 0)
        XCTAssertEqual(LineChart.linePath(x: [0, 1, 2, 3], y: [0, 1, .nan, 0], sx, sy), "M0 10L10 0M30 10")
    }

    func testFixedYRangeSetsTheExtent() throws {
        let chart = try LineChart(x: [0, 1], series: [LineSeries("acc", values: [0.5, 0.6])], yRange: 0...1)
        XCTAssertEqual(chart.extents.y, 0...1)
        XCTAssertThrowsError(try LineChart(x: [0], series: [LineSeries("a", values: [1])], yRange: 1...1))
    }

    func testDataOutsideAFixedRangeIsClippedToThePlot() throws {
        let chart = try LineChart(x: [0, 1], series: [LineSeries("acc", values: [0.5, 5])], yRange: 0...1)
        let svg = chart.svg
        XCTAssertTrue(svg.contains("overflow=\"hidden\""))
        try FigureAssertions.assertWellFormedSVG11(svg, name: "clipped")
    }

    func testSummaryAndLegendNameEverySeries() throws {
        let chart = try FigureFixtures.layerProfile()
        XCTAssertEqual(chart.summary, "LineChart 'SVCCA per layer': 3 series (tone, phone, sex) over 13 x values 0–12")
        guard case .legend(let entries) = chart.guide else { return XCTFail("no legend") }
        XCTAssertEqual(entries.map(\.label), ["tone", "phone", "sex"])
        XCTAssertEqual(Set(entries.compactMap(\.marker)).count, 3, "each series has its own marker shape")
    }
}
