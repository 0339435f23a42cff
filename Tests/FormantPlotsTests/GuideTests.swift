import XCTest
@testable import FormantPlots

final class GuideTests: XCTestCase {
    func testLongLegendLabelsAreShortened() throws {
        let label = String(repeating: "very long phone label ", count: 10)
        let scatter = try Scatter(x: [0, 1], y: [0, 1], coloring: .categories([label, "b"]))
        let svg = scatter.svg
        XCTAssertFalse(svg.contains(">\(label)</text>"))
        XCTAssertTrue(svg.contains(">very long phone label very lo…</text>"))
        XCTAssertLessThanOrEqual(Guide.legend([LegendEntry(label: label, color: .black)]).width, 220)
    }

    func testLegendsThatDoNotFitSayHowManyAreLeftOut() throws {
        let labels = (0..<60).map { "p\($0)" }
        let scatter = try Scatter(x: labels.indices.map(Double.init), y: labels.indices.map(Double.init),
                                  coloring: .categories(labels))
        let svg = scatter.svg
        let order = scatter.categories
        XCTAssertTrue(svg.contains(">… 44 more</text>"), "a 400-pixel figure has room for 17 lines")
        XCTAssertTrue(svg.contains(">\(order[15])</text>"))
        XCTAssertFalse(svg.contains(">\(order[16])</text>"))
    }
}
