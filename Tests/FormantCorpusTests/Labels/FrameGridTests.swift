import XCTest
@testable import FormantCorpus

final class FrameGridTests: XCTestCase {
    func testWav2vec2Geometry() {
        let grid = FrameGrid.wav2vec2
        XCTAssertEqual(grid.receptiveField, 400)
        XCTAssertEqual(grid.hop, 320)
        XCTAssertEqual(grid.centre(ofFrame: 0), 200.0 / 16_000)
        XCTAssertEqual(grid.centre(ofFrame: 10), 3_400.0 / 16_000)
    }

    func testFrameCountMatchesTheClosedFormOfTheConvStack() {
        let grid = FrameGrid.wav2vec2
        for n in stride(from: 400, through: 100_000, by: 37) {
            XCTAssertEqual(grid.frameCount(sampleCount: n), (n - 400) / 320 + 1, "n = \(n)")
        }
        XCTAssertEqual(grid.frameCount(sampleCount: 399), 0)
        XCTAssertEqual(grid.frameCount(sampleCount: 0), 0)
        XCTAssertEqual(grid.frameCount(sampleCount: 16_000), 49)
    }

    func testCustomStacks() throws {
        let grid = try FrameGrid(layers: [.init(kernel: 4, stride: 2), .init(kernel: 3, stride: 3)], sampleRate: 8_000)
        XCTAssertEqual(grid.hop, 6)
        XCTAssertEqual(grid.receptiveField, 8)
        XCTAssertEqual(grid.frameCount(sampleCount: 20), 3)
        XCTAssertThrowsError(try FrameGrid(layers: [.init(kernel: 0, stride: 1)]))
        XCTAssertThrowsError(try FrameGrid(layers: []))
    }
}
