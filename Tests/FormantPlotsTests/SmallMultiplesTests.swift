import XCTest
@testable import FormantPlots

final class SmallMultiplesTests: XCTestCase {
    func testPanelsShareTheUnionOfTheirScales() throws {
        let a = try LineChart(x: [0, 1], series: [LineSeries("s", values: [0, 1])])
        let b = try LineChart(x: [0, 4], series: [LineSeries("s", values: [0, 3])])
        let grid = try SmallMultiples([a, b], columns: 2)
        XCTAssertEqual(PanelExtents.union(grid.panels.map(\.extents)), PanelExtents(x: 0...4, y: 0...3))
        XCTAssertTrue(grid.svg.contains(">3</text>"), "panel a is drawn on b's y scale")
    }

    func testColumnsBelowOneAndNoPanelsAreRefused() throws {
        let a = try LineChart(x: [0, 1], series: [LineSeries("s", values: [0, 1])])
        XCTAssertThrowsError(try SmallMultiples([a], columns: 0)) { XCTAssertEqual($0 as? PlotError, .invalidColumns(0)) }
        XCTAssertThrowsError(try SmallMultiples([], columns: 2)) {
            XCTAssertEqual($0 as? PlotError, .emptyData(what: "panels of the grid"))
        }
    }

    func testDataStacksPanelsUnderAPanelColumn() throws {
        let grid = try FigureFixtures.grid()
        XCTAssertEqual(grid.data.header, ["panel", "layer", "tone", "sex"])
        XCTAssertEqual(grid.data.rows.count, 4 * 13)
        XCTAssertEqual(grid.data.rows[13][0], "fine-tuned (Mandarin)")
        XCTAssertEqual(grid.rows, 2)
    }

    func testLegendsMergeByLabel() throws {
        let guide = Guide.merged([
            .legend([LegendEntry(label: "tone", color: .black)]),
            .legend([LegendEntry(label: "tone", color: .black), LegendEntry(label: "sex", color: .white)]),
        ])
        XCTAssertEqual(guide, .legend([LegendEntry(label: "tone", color: .black), LegendEntry(label: "sex", color: .white)]))
    }
}
