import XCTest
@testable import FormantCorpus

final class ResamplerTests: XCTestCase {
    /// RMS of the middle half of `samples` (away from the zero-padded edges).
    private func middleRMS(_ samples: [Float]) -> Double {
        let middle = samples[(samples.count / 4)..<(3 * samples.count / 4)]
        return (middle.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(middle.count)).squareRoot()
    }

    private func gainDB(frequency: Double, from input: Int, to output: Int) throws -> Double {
        let signal = WAVBytes.sine(frequency: frequency, sampleRate: input, count: input / 2, amplitude: 1).map(Float.init)
        let resampled = try Resampler(from: input, to: output).process(signal)
        return 20 * log10(middleRMS(resampled) / middleRMS(signal))
    }

    func testPassbandKeepsA1kHzSineWithin0_1dB() throws {
        for (input, output) in [(44_100, 16_000), (48_000, 16_000), (22_050, 16_000), (8_000, 16_000), (16_000, 16_001)] {
            XCTAssertEqual(try gainDB(frequency: 1_000, from: input, to: output), 0, accuracy: 0.1, "\(input) → \(output)")
        }
    }

    func testStopbandAttenuatesA10kHzSineBy60dB() throws {
        XCTAssertLessThan(try gainDB(frequency: 10_000, from: 44_100, to: 16_000), -60)
        XCTAssertLessThan(try gainDB(frequency: 9_000, from: 48_000, to: 16_000), -60)
    }

    func testResampledSineHasTheRightFrequency() throws {
        let signal = WAVBytes.sine(frequency: 1_000, sampleRate: 44_100, count: 44_100).map(Float.init)
        let output = try Resampler(from: 44_100, to: 16_000).process(signal)
        let expected = WAVBytes.sine(frequency: 1_000, sampleRate: 16_000, count: output.count)
        let error = (4_000..<12_000).map { abs(Double(output[$0]) - expected[$0]) }.max() ?? 1
        XCTAssertLessThan(error, 1e-3)
    }

    func testOutputLength() throws {
        XCTAssertEqual(try Resampler(from: 44_100, to: 16_000).outputCount(forInputCount: 44_100), 16_000)
        XCTAssertEqual(try Resampler(from: 44_100, to: 16_000).outputCount(forInputCount: 1), 1)
        XCTAssertEqual(try Resampler(from: 8_000, to: 16_000).process([Float](repeating: 0, count: 10)).count, 20)
        XCTAssertEqual(Resampler.outputCount(forInputCount: 22_051, from: 22_050, to: 16_000), 16_001)
        XCTAssertEqual(try Resampler(from: 22_050, to: 16_000).process([Float](repeating: 0, count: 22_051)).count, 16_001)
    }

    func testRejectsNonPositiveRates() {
        XCTAssertThrowsError(try Resampler(from: 0, to: 16_000))
        XCTAssertThrowsError(try Audio(samples: [0], sampleRate: 16_000).resampled(to: -1))
    }
}
