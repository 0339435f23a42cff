import XCTest
@testable import FormantCorpus

final class TextGridWritingTests: XCTestCase {
    func testLongFormatRoundTrips() throws {
        let directory = try TemporaryDirectory(self)
        var grid = TextGridParsingTests.expected
        grid.tiers[0].content = .intervals(grid.tiers[0].intervals + [TextGrid.Interval(xmin: 1.5, xmax: 1.5, text: "声调")])
        try grid.write(path: directory.file("g.TextGrid"))
        try grid.write(path: directory.file("g16.TextGrid"), utf16: true)
        XCTAssertEqual(try TextGrid.read(path: directory.file("g.TextGrid")), grid)
        XCTAssertEqual(try TextGrid.read(path: directory.file("g16.TextGrid")), grid)
        XCTAssertTrue(grid.longText.contains("        intervals [2]:\n            xmin = 0.4\n            xmax = 0.9\n            text = \"ma3\""))
    }

    func testEmptyGridRoundTrips() throws {
        let grid = TextGrid(xmin: 0, xmax: 2, tiers: [])
        XCTAssertEqual(try TextGrid.parse(grid.longText), grid)
    }
}
