import XCTest
@testable import FormantPlots

final class PaletteTests: XCTestCase {
    func testOkabeItoHoldsItsEightPublishedColours() {
        let published: Set<String> = ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#000000"]
        XCTAssertEqual(Set(Palette.okabeIto.colors.map(\.hex)), published)
    }

    func testColoursCycleAndStayDistinctWithinAPalette() {
        for palette in Palette.allCases {
            XCTAssertEqual(Set(palette.colors).count, palette.colors.count, "\(palette)")
            XCTAssertEqual(palette.color(palette.colors.count), palette.color(0))
        }
    }
}
