import XCTest
@testable import FormantPlots

final class DotPathTests: XCTestCase {
    func testEachPointIsAZeroLengthRoundCappedStroke() {
        XCTAssertEqual(DotPath.data([(x: 1.04, y: 2.06), (x: 10, y: 0)]), "M1 2.1h0M10 0h0")
        let attributes = Dictionary(uniqueKeysWithValues: DotPath.attributes("M0 0h0", color: .black, diameter: 4))
        XCTAssertEqual(attributes["stroke-linecap"], "round")
        XCTAssertEqual(attributes["stroke-width"], "4")
        XCTAssertEqual(attributes["fill"], "none")
    }
}
