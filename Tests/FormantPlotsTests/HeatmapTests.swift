import XCTest
@testable import FormantPlots

final class HeatmapTests: XCTestCase {
    func testRaggedMatrixNamesTheRow() {
        XCTAssertThrowsError(try Heatmap([[1, 2], [3]])) {
            XCTAssertEqual($0 as? PlotError, .raggedRows(what: "heatmap matrix", row: 1, expected: 2, actual: 1))
        }
    }

    func testLabelCountsMustMatch() {
        XCTAssertThrowsError(try Heatmap([[1, 2]], rowLabels: ["a", "b"])) {
            XCTAssertEqual($0 as? PlotError, .lengthMismatch(what: "row labels of the heatmap", expected: 1, actual: 2))
        }
    }

    func testValuesArePrintedOnlyForSmallMatrices() throws {
        XCTAssertTrue(try Heatmap([[0.25, 0.5], [0.75, 1]]).svg.contains(">0.25</text>"))
        let large = (0..<30).map { r in (0..<30).map { Double(r * $0) } }
        XCTAssertFalse(try Heatmap(large).svg.contains(">841</text>"))
        XCTAssertTrue(try Heatmap(large, showValues: true).svg.contains(">841</text>"))
    }

    func testMissingCellsAreGreyAndDataKeepsLabels() throws {
        let heatmap = try Heatmap([[1, .nan]], rowLabels: ["r"], columnLabels: ["a", "b"])
        XCTAssertTrue(heatmap.svg.contains("#dddddd"))
        XCTAssertEqual(heatmap.csv, "row,a,b\nr,1.0,\n")
    }
}

extension HeatmapTests {
    func testLongLabelsAreShortened() throws {
        let long = String(repeating: "wav2vec2-large-xlsr-53 layer ", count: 4)
        let svg = try Heatmap([[1, 2]], rowLabels: [long], columnLabels: [long, "b"]).svg
        XCTAssertFalse(svg.contains(">\(long)</text>"))
        XCTAssertEqual(svg.components(separatedBy: "…</text>").count - 1, 2, "the row and the column label")
    }
}
