import Foundation
import XCTest
@testable import FormantKernel

final class MessageSignerTests: XCTestCase {
    // Reference digests computed with Python's hmac module:
    //   hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256).hexdigest()
    //   and the same over the four frames below with key b"formant-test-key".
    let parts = [Data(#"{"msg_id":"a","msg_type":"kernel_info_request"}"#.utf8), Data("{}".utf8), Data("{}".utf8), Data("{}".utf8)]
    let partsDigest = "bfbffb69459e69feac736a2c2ebd740499d5026eb7713a23ae4a095e2fd6331a"

    func testKnownVector() {
        let signer = MessageSigner(key: "key")
        let signature = signer.signature(of: [Data("The quick brown fox jumps over the lazy dog".utf8)])
        XCTAssertEqual(String(decoding: signature, as: UTF8.self),
                       "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")
    }

    func testSignatureCoversAllFourFramesInOrder() {
        let signer = MessageSigner(key: "formant-test-key")
        XCTAssertEqual(String(decoding: signer.signature(of: parts), as: UTF8.self), partsDigest)
        XCTAssertNotEqual(String(decoding: signer.signature(of: parts.reversed()), as: UTF8.self), partsDigest)
    }

    func testVerifyAcceptsUpperAndLowerHex() {
        let signer = MessageSigner(key: "formant-test-key")
        XCTAssertTrue(signer.verify(Data(partsDigest.utf8), of: parts))
        XCTAssertTrue(signer.verify(Data(partsDigest.uppercased().utf8), of: parts))
    }

    func testVerifyRejectsWrongShortOrGarbageSignatures() {
        let signer = MessageSigner(key: "formant-test-key")
        var wrong = Array(partsDigest.utf8)
        wrong[10] = wrong[10] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        XCTAssertFalse(signer.verify(Data(wrong), of: parts))
        XCTAssertFalse(signer.verify(Data(partsDigest.prefix(62).utf8), of: parts))
        XCTAssertFalse(signer.verify(Data(String(repeating: "zz", count: 32).utf8), of: parts))
        XCTAssertFalse(signer.verify(Data(), of: parts))
        XCTAssertFalse(MessageSigner(key: "other").verify(Data(partsDigest.utf8), of: parts))
    }

    func testEmptyKeyMeansUnsigned() {
        let signer = MessageSigner(key: "")
        XCTAssertFalse(signer.isSigning)
        XCTAssertEqual(signer.signature(of: parts), Data())
        XCTAssertTrue(signer.verify(Data("anything".utf8), of: parts))
    }
}
