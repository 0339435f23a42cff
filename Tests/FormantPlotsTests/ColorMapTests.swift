import XCTest
@testable import FormantPlots

final class ColorMapTests: XCTestCase {
    /// Endpoints and midpoint of matplotlib's published 256-entry tables (entries 0, 128, 255).
    func testViridisMatchesThePublishedTable() {
        XCTAssertEqual(ColorMap.viridis.color(at: 0).hex, "#440154")
        XCTAssertEqual(ColorMap.viridis.color(at: 128.0 / 255).hex, "#21918c")
        XCTAssertEqual(ColorMap.viridis.color(at: 1).hex, "#fde725")
    }

    func testCividisMatchesThePublishedTable() {
        XCTAssertEqual(ColorMap.cividis.color(at: 0).hex, "#00224e")
        XCTAssertEqual(ColorMap.cividis.color(at: 1).hex, "#fee838")
    }

    func testValuesOutsideTheUnitIntervalAreClamped() {
        XCTAssertEqual(ColorMap.viridis.color(at: -3), ColorMap.viridis.color(at: 0))
        XCTAssertEqual(ColorMap.viridis.color(at: 7), ColorMap.viridis.color(at: 1))
        XCTAssertEqual(ColorMap.viridis.color(at: .nan), ColorMap.viridis.color(at: 0))
    }

    /// Perceptual uniformity implies monotone lightness: luminance grows along both maps.
    func testLuminanceIncreasesMonotonically() {
        for map in ColorMap.allCases {
            let luminances = stride(from: 0.0, through: 1.0, by: 0.05).map { map.color(at: $0).luminance }
            XCTAssertEqual(luminances, luminances.sorted(), "\(map)")
        }
    }
}
