import Foundation
import XCTest
@testable import FormantKernel

final class JSONValueTests: XCTestCase {
    func testRoundTripKeepsTypes() throws {
        let object: JSONObject = [
            "int": 3, "double": 2.5, "bool": true, "null": nil, "text": "a/b \"q\" ü",
            "list": [1, "x", false], "nested": ["k": ["deep": 1]],
        ]
        let decoded = try JSONValue.decodeObject(JSONValue.encode(object), part: "test")
        XCTAssertEqual(decoded, object)
    }

    func testBooleansAreNotNumbers() throws {
        let decoded = try JSONValue.decodeObject(Data(#"{"a": true, "b": 1, "c": 1.0}"#.utf8), part: "test")
        XCTAssertEqual(decoded["a"], .bool(true))
        XCTAssertEqual(decoded["b"], .int(1))
        XCTAssertNil(decoded["a"]?.intValue)
        XCTAssertEqual(decoded["c"]?.intValue, 1)
    }

    func testInvalidJSONNamesThePart() {
        XCTAssertThrowsError(try JSONValue.decodeObject(Data("{not json".utf8), part: "content")) { error in
            guard case KernelError.invalidJSON(let part, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(part, "content")
        }
    }

    func testNonObjectIsRejected() {
        XCTAssertThrowsError(try JSONValue.decodeObject(Data("[1, 2]".utf8), part: "header")) { error in
            XCTAssertEqual(error as? KernelError, .invalidJSON(part: "header", reason: "expected a JSON object"))
        }
    }

    func testSlashesAreNotEscaped() {
        let text = String(decoding: JSONValue.encode(["mime": "image/svg+xml"]), as: UTF8.self)
        XCTAssertEqual(text, #"{"mime":"image/svg+xml"}"#)
    }
}
