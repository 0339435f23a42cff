import XCTest
@testable import FormantCorpus

final class WAVHeaderTests: XCTestCase {
    private func header(_ bytes: [UInt8]) throws -> WAVHeader {
        try WAVHeader.parse(bytes, fileLength: bytes.count, path: "x.wav")
    }

    func testParsesPCMAndSkipsUnknownChunks() throws {
        let bytes = WAVBytes.make(frames: Array(repeating: [0.1, -0.1], count: 100), sampleRate: 44_100, bits: 24, extraChunk: true)
        let parsed = try header(bytes)
        XCTAssertEqual(parsed.encoding, .integer(bits: 24))
        XCTAssertEqual(parsed.channels, 2)
        XCTAssertEqual(parsed.sampleRate, 44_100)
        XCTAssertEqual(parsed.frameCount, 100)
        XCTAssertEqual(parsed.duration, 100.0 / 44_100, accuracy: 1e-12)
    }

    func testExtensibleFloat() throws {
        let bytes = WAVBytes.make(frames: [[0.5], [0.25]], sampleRate: 8_000, bits: 32, float: true, extensible: true)
        XCTAssertEqual(try header(bytes).encoding, .float(bits: 32))
    }

    func testTruncatedDataChunkIsNamed() {
        let bytes = WAVBytes.make(frames: Array(repeating: [0.0], count: 50), sampleRate: 16_000, bits: 16)
        XCTAssertThrowsError(try header(Array(bytes.dropLast(20)))) { error in
            XCTAssertEqual(error as? CorpusError, .invalidWAV(path: "x.wav", reason: "'data' chunk declares 100 bytes but only 80 follow (truncated file)"))
            XCTAssertTrue(String(describing: error).contains("x.wav"))
        }
    }

    func testStreamingDataSizeMeansToTheEnd() throws {
        var bytes = WAVBytes.make(frames: Array(repeating: [0.25], count: 10), sampleRate: 16_000, bits: 16)
        bytes.replaceSubrange(40..<44, with: [0xFF, 0xFF, 0xFF, 0xFF])
        XCTAssertEqual(try header(bytes + [0]).frameCount, 10)
    }

    func testCorruptHeaders() {
        var notRIFF = WAVBytes.make(frames: [[0.0]], sampleRate: 16_000, bits: 16)
        notRIFF[0] = UInt8(ascii: "X")
        XCTAssertThrowsError(try header(notRIFF)) { XCTAssertTrue(String(describing: $0).contains("does not start with 'RIFF'")) }
        XCTAssertThrowsError(try header(Array("RIFF".utf8))) { XCTAssertTrue(String(describing: $0).contains("too short")) }
        let noData = Array(WAVBytes.make(frames: [[0.0]], sampleRate: 16_000, bits: 16).prefix(36))
        XCTAssertThrowsError(try header(noData)) { XCTAssertTrue(String(describing: $0).contains("no 'data' chunk")) }
        var zeroChannels = WAVBytes.make(frames: [[0.0]], sampleRate: 16_000, bits: 16)
        zeroChannels[22] = 0
        XCTAssertThrowsError(try header(zeroChannels)) { XCTAssertTrue(String(describing: $0).contains("0 channels")) }
    }

    func testUnsupportedEncodings() {
        var alaw = WAVBytes.make(frames: [[0.0]], sampleRate: 8_000, bits: 16)
        alaw[20] = 6
        XCTAssertThrowsError(try header(alaw)) { error in
            guard case .unsupportedWAV(let path, let reason)? = error as? CorpusError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "x.wav")
            XCTAssertTrue(reason.contains("0x6"))
        }
        let twelveBit = WAVBytes.make(frames: [[0.0]], sampleRate: 8_000, bits: 16)
        var modified = twelveBit
        modified[34] = 12
        XCTAssertThrowsError(try header(modified)) { XCTAssertTrue(String(describing: $0).contains("12-bit PCM")) }
    }
}
