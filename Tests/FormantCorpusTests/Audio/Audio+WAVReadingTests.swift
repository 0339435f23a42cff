import XCTest
@testable import FormantCorpus

final class AudioWAVReadingTests: XCTestCase {
    func testEveryEncodingDecodesTheSameSignal() throws {
        let directory = try TemporaryDirectory(self)
        let signal = WAVBytes.sine(frequency: 440, sampleRate: 16_000, count: 400)
        let cases: [(bits: Int, float: Bool, extensible: Bool, tolerance: Float)] = [
            (8, false, false, 1.0 / 100), (16, false, false, 1e-4), (24, false, false, 1e-6), (32, false, false, 1e-7),
            (32, true, false, 1e-7), (64, true, false, 1e-7), (16, false, true, 1e-4), (32, true, true, 1e-7),
        ]
        for c in cases {
            let path = try directory.write("\(c.bits)-\(c.float)-\(c.extensible).wav",
                Data(WAVBytes.make(frames: signal.map { [$0] }, sampleRate: 16_000, bits: c.bits, float: c.float, extensible: c.extensible)))
            let audio = try Audio.read(path: path)
            XCTAssertEqual(audio.sampleRate, 16_000)
            XCTAssertEqual(audio.samples.count, signal.count)
            let error = zip(audio.samples, signal).map { abs($0 - Float($1)) }.max() ?? 1
            XCTAssertLessThan(error, c.tolerance, "bits \(c.bits) float \(c.float) extensible \(c.extensible)")
        }
    }

    func testChannelsAreAveragedToMono() throws {
        let directory = try TemporaryDirectory(self)
        let frames = (0..<64).map { n in [0.5, -0.25, Double(n) / 128] }
        let path = try directory.write("three.wav", Data(WAVBytes.make(frames: frames, sampleRate: 16_000, bits: 32, float: true)))
        let audio = try Audio.read(path: path)
        for (n, sample) in audio.samples.enumerated() {
            XCTAssertEqual(sample, Float((0.25 + Double(n) / 128) / 3), accuracy: 1e-6)
        }
    }

    func testOtherRatesAreResampledTo16kHz() throws {
        let directory = try TemporaryDirectory(self)
        let signal = WAVBytes.sine(frequency: 1_000, sampleRate: 48_000, count: 48_000)
        let path = try directory.write("48k.wav", Data(WAVBytes.make(frames: signal.map { [$0, $0] }, sampleRate: 48_000, bits: 16)))
        let audio = try Audio.read(path: path)
        XCTAssertEqual(audio.sampleRate, 16_000)
        XCTAssertEqual(audio.samples.count, 16_000)
        XCTAssertEqual(try Audio.readNative(path: path).sampleRate, 48_000)
    }

    func testMissingFileIsNamed() {
        XCTAssertThrowsError(try Audio.read(path: "/no/such/file.wav")) { error in
            XCTAssertEqual(error as? CorpusError, .unreadable(path: "/no/such/file.wav", reason: "no such file or permission denied"))
        }
    }
}
