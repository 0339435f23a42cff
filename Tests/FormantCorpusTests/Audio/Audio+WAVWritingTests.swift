import XCTest
@testable import FormantCorpus

final class AudioWAVWritingTests: XCTestCase {
    func testRoundTripsPCM16AndFloat32() throws {
        let directory = try TemporaryDirectory(self)
        let samples = WAVBytes.sine(frequency: 300, sampleRate: 22_050, count: 1_000).map(Float.init)
        let audio = Audio(samples: samples, sampleRate: 22_050)
        try audio.write(path: directory.file("nested/pcm.wav"))
        try audio.write(path: directory.file("float.wav"), format: .float32)
        let pcm = try Audio.readNative(path: directory.file("nested/pcm.wav"))
        XCTAssertEqual(pcm.sampleRate, 22_050)
        XCTAssertEqual(zip(pcm.samples, samples).map { abs($0 - $1) }.max() ?? 1, 0, accuracy: 1.0 / 32_000)
        XCTAssertEqual(try Audio.readNative(path: directory.file("float.wav")), audio)
        XCTAssertEqual(try WAVHeader.read(path: directory.file("float.wav")).encoding, .float(bits: 32))
    }

    func testPCM16Clips() throws {
        let data = [UInt8](Audio(samples: [2, -2], sampleRate: 16_000).wavData())
        XCTAssertEqual(Array(data[44...]), WAVBytes.le16(32_767) + WAVBytes.le16(UInt16(bitPattern: -32_767)))
    }

    func testUnwritablePathIsNamed() {
        XCTAssertThrowsError(try Audio(samples: [0], sampleRate: 16_000).write(path: "/proc/formant/x.wav")) { error in
            guard case .writeFailed(let path, _)? = error as? CorpusError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "/proc/formant/x.wav")
        }
    }
}
