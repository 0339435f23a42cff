import XCTest
@testable import FormantAnalysis

final class UMAPOptionsTests: XCTestCase {
    func testEpochsDefaultByFrameCount() {
        let options = UMAPOptions()
        XCTAssertEqual(options.resolvedEpochs(frames: 10_000), 500)
        XCTAssertEqual(options.resolvedEpochs(frames: 10_001), 200)
    }

    func testPruningFollowsTheEpochsRunAboveTenAndTheDefaultBelow() {
        var options = UMAPOptions()
        options.epochs = 50
        XCTAssertEqual(options.pruningEpochs(frames: 2_000), 50)
        options.epochs = 10
        XCTAssertEqual(options.resolvedEpochs(frames: 2_000), 10)
        XCTAssertEqual(options.pruningEpochs(frames: 2_000), 500)
        XCTAssertEqual(options.pruningEpochs(frames: 20_000), 200)
    }
}
