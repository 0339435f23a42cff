import XCTest
@testable import FormantPlots

final class ColorTests: XCTestCase {
    func testHexRoundTrip() {
        XCTAssertEqual(Color(hex: 0x0072B2).hex, "#0072b2")
        XCTAssertEqual(Color(unit: 1, 0.5, 0).hex, "#ff8000")
    }

    func testContrastingTextFollowsLuminance() {
        XCTAssertEqual(Color(hex: 0xFDE725).contrastingText, .black)
        XCTAssertEqual(Color(hex: 0x440154).contrastingText, .white)
        XCTAssertEqual(Color.white.luminance, 1, accuracy: 1e-12)
        XCTAssertEqual(Color.black.luminance, 0, accuracy: 1e-12)
    }
}
