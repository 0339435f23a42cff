import XCTest
@testable import FormantPlots

final class UtteranceViewTests: XCTestCase {
    func testInvalidInputsAreNamed() {
        XCTAssertThrowsError(try UtteranceView(samples: [0, 1], sampleRate: 0)) {
            XCTAssertEqual($0 as? PlotError, .invalidSampleRate(0))
        }
        XCTAssertThrowsError(try UtteranceView(samples: [0], sampleRate: 16000, pitchTimes: [0, 0.01], pitchValues: [100])) {
            XCTAssertEqual($0 as? PlotError, .lengthMismatch(what: "pitch values", expected: 2, actual: 1))
        }
        let inverted = [TextGridTier(name: "phones", intervals: [TextGridInterval(start: 0.5, end: 0.2, label: "a")])]
        XCTAssertThrowsError(try UtteranceView(samples: [0, 1], sampleRate: 16000, tiers: inverted)) {
            XCTAssertEqual(String(describing: $0),
                           "tier 'phones': interval 0 runs from 0.5 to 0.2; it must be finite with start ≤ end")
        }
        XCTAssertThrowsError(try UtteranceView(samples: [], sampleRate: 16000))
    }

    func testLongAudioIsDrawnAsAnEnvelopeOfBoundedSize() throws {
        let samples = (0..<16000 * 60).map { sin(Double($0) / 10) }
        let view = try UtteranceView(samples: samples, sampleRate: 16000)
        XCTAssertEqual(view.duration, 60)
        XCTAssertLessThan(view.svg.utf8.count, 60_000)
    }

    func testIntervalLabelsThatDoNotFitAreLeftOut() throws {
        let tiers = [TextGridTier(name: "w", intervals: [
            TextGridInterval(start: 0, end: 0.001, label: "tiny"), TextGridInterval(start: 0.001, end: 1, label: "wide"),
        ])]
        let svg = try UtteranceView(samples: [], sampleRate: 16000, tiers: tiers).svg
        XCTAssertFalse(svg.contains(">tiny</text>"))
        XCTAssertTrue(svg.contains(">wide</text>"))
    }
}
