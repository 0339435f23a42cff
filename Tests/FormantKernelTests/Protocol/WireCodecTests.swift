import Foundation
import XCTest
@testable import FormantKernel

final class WireCodecTests: XCTestCase {
    let codec = WireCodec(signer: MessageSigner(key: "secret"))

    func sample() -> Message {
        Message(
            identities: [Data("id-a".utf8), Data("id-b".utf8)],
            header: ["msg_id": "m1", "msg_type": "execute_request", "session": "s", "username": "u",
                     "date": "2026-01-01T00:00:00.000000Z", "version": "5.4", "future_key": [1, 2]],
            parentHeader: ["msg_id": "p0"], metadata: ["tag": "x"], content: ["code": "1 + 1"],
            buffers: [Data([0, 1, 2, 255])])
    }

    func testLayoutAndRoundTrip() throws {
        let frames = codec.encode(sample())
        XCTAssertEqual(frames.count, 2 + 1 + 1 + 4 + 1)
        XCTAssertEqual(frames[2], WireCodec.delimiter)
        XCTAssertEqual(frames[3], codec.signer.signature(of: Array(frames[4...7])))
        XCTAssertEqual(try codec.decode(frames), sample())
    }

    func testTamperedContentIsRejected() {
        var frames = codec.encode(sample())
        frames[7] = Data(#"{"code":"rm -rf /"}"#.utf8)
        XCTAssertThrowsError(try codec.decode(frames)) { XCTAssertEqual($0 as? KernelError, .invalidSignature) }
    }

    func testWrongKeyIsRejected() {
        let frames = WireCodec(signer: MessageSigner(key: "other")).encode(sample())
        XCTAssertThrowsError(try codec.decode(frames)) { XCTAssertEqual($0 as? KernelError, .invalidSignature) }
    }

    func testMissingDelimiterAndFrames() {
        XCTAssertThrowsError(try codec.decode([Data("garbage".utf8)])) {
            XCTAssertEqual($0 as? KernelError, .missingDelimiter(frameCount: 1))
        }
        XCTAssertThrowsError(try codec.decode([WireCodec.delimiter, Data(), Data("{}".utf8)])) {
            XCTAssertEqual($0 as? KernelError, .missingFrames(found: 2))
        }
        XCTAssertThrowsError(try codec.decode([])) { XCTAssertEqual($0 as? KernelError, .missingDelimiter(frameCount: 0)) }
    }

    func testSignedButInvalidJSONNamesThePart() {
        let unsigned = WireCodec(signer: MessageSigner(key: ""))
        let parts = [Data(#"{"msg_id":"a","msg_type":"x"}"#.utf8), Data("{}".utf8), Data("{]".utf8), Data("{}".utf8)]
        XCTAssertThrowsError(try unsigned.decode([WireCodec.delimiter, Data()] + parts)) { error in
            guard case KernelError.invalidJSON(let part, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(part, "metadata")
        }
    }

    func testHeaderWithoutTypeIsRejected() {
        let unsigned = WireCodec(signer: MessageSigner(key: ""))
        let parts = [Data(#"{"msg_id":"a"}"#.utf8), Data("{}".utf8), Data("{}".utf8), Data("{}".utf8)]
        XCTAssertThrowsError(try unsigned.decode([WireCodec.delimiter, Data()] + parts)) {
            XCTAssertEqual($0 as? KernelError, .malformedHeader(field: "msg_type"))
        }
    }

    func testHeaderHasProtocolFields() {
        let header = Message.header(type: "status", session: "abc", date: Date(timeIntervalSince1970: 1.25))
        XCTAssertEqual(header["msg_type"], "status")
        XCTAssertEqual(header["session"], "abc")
        XCTAssertEqual(header["version"], "5.4")
        XCTAssertEqual(header["date"], "1970-01-01T00:00:01.250000Z")
        XCTAssertEqual(header["msg_id"]?.stringValue?.count, 36)
    }
}
