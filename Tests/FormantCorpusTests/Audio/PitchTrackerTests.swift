import FormantCorpus
import Foundation
import XCTest

final class PitchTrackerTests: XCTestCase {
    /// A harmonic tone whose F0 glides from `from` to `to` Hz over one second.
    private func glide(from: Double, to: Double) -> Audio {
        var phase = 0.0
        let samples = (0..<16000).map { index -> Float in
            let f0 = from + (to - from) * Double(index) / 16000
            phase += 2 * Double.pi * f0 / 16000
            return Float(0.5 * sin(phase) + 0.25 * sin(2 * phase) + 0.12 * sin(3 * phase))
        }
        return Audio(samples: samples, sampleRate: 16000)
    }

    func testSteadyToneGivesItsFrequency() {
        let track = PitchTracker().track(glide(from: 200, to: 200))
        XCTAssertGreaterThan(track.frequencies.count, 80)
        for f0 in track.frequencies { XCTAssertEqual(f0, 200, accuracy: 4) }
    }

    func testRisingToneRises() {
        let track = PitchTracker().track(glide(from: 120, to: 240))
        let first = track.frequencies.prefix(10).reduce(0, +) / 10
        let last = track.frequencies.suffix(10).reduce(0, +) / 10
        XCTAssertEqual(first, 126, accuracy: 10)
        XCTAssertEqual(last, 234, accuracy: 10)
    }

    func testSilenceAndNoiseAreUnvoiced() {
        XCTAssertTrue(PitchTracker().track(Audio(samples: [Float](repeating: 0, count: 16000), sampleRate: 16000)).times.isEmpty)
        var state: UInt64 = 12345
        let noise = (0..<16000).map { _ -> Float in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Float(Int64(bitPattern: state >> 11) % 1000) / 1000
        }
        let voiced = PitchTracker().track(Audio(samples: noise, sampleRate: 16000)).times.count
        XCTAssertLessThan(voiced, 10, "white noise should be almost entirely unvoiced")
    }
}
