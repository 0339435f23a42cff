import XCTest
@testable import FormantPlots

final class SVGBuilderTests: XCTestCase {
    func testDocumentIsAccessibleAndEscapesText() throws {
        var svg = SVGBuilder(width: 100, height: 50.5, title: "A & B", description: "<desc>")
        svg.text("x < y", x: 1, y: 2)
        let text = svg.finished()
        XCTAssertTrue(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"100\" height=\"50.5\" viewBox=\"0 0 100 50.5\" font-family=\"sans-serif\""))
        XCTAssertTrue(text.contains("<title>A &amp; B</title>"))
        XCTAssertTrue(text.contains("<desc>&lt;desc&gt;</desc>"))
        XCTAssertTrue(text.contains(">x &lt; y</text>"))
        try FigureAssertions.assertWellFormedSVG11(text, name: "builder")
    }

    /// Figures inlined into one HTML page (nbconvert) must not share ids or styles.
    func testFiguresUseNoIdsOrStyleSheets() throws {
        for (name, figure) in try FigureFixtures.all() {
            XCTAssertFalse(figure.svg.contains(" id=\""), name)
            XCTAssertFalse(figure.svg.contains("<style"), name)
        }
    }
}
