import FormantCore
import FormantScript
import XCTest

/// A library enum travelling as a native value.
private enum Kind: Hashable, ScriptNative {
    case tone, phone
    static let scriptTypeName = "Kind"
}

/// A library class travelling as a native value.
private final class Handle: ScriptNative {
    static let scriptTypeName = "Handle"
}

/// Value equality, display and type names.
final class ValueTests: XCTestCase {
    func testNativeEqualityUsesHashableWhenAvailableElseIdentity() {
        XCTAssertEqual(Value.native(Kind.tone), Value.native(Kind.tone))
        XCTAssertNotEqual(Value.native(Kind.tone), Value.native(Kind.phone))
        let handle = Handle()
        XCTAssertEqual(Value.native(handle), Value.native(handle))
        XCTAssertNotEqual(Value.native(Handle()), Value.native(Handle()))
    }

    func testAnAttachmentTravelsWithTheValueButNotIntoEquality() {
        let attached = NativeObject(typeName: "Kind", object: Kind.tone, attachment: ["T1", "T2"])
        XCTAssertEqual((attached.attachment as? [String]), ["T1", "T2"])
        XCTAssertNil(NativeObject(typeName: "Kind", object: Kind.tone).attachment)
        XCTAssertEqual(Value.native(attached), Value.native(Kind.tone))
    }

    func testNumbersCompareAcrossIntAndDouble() {
        XCTAssertEqual(Value.int(2), Value.double(2))
        XCTAssertEqual(Set([Value.int(2), Value.double(2)]).count, 1)
    }

    func testDisplayFollowsSwiftPrinting() {
        XCTAssertEqual(Value.array([.string("a"), .double(1), .null]).description, "[\"a\", 1.0, nil]")
        XCTAssertEqual(Value.string("a").description, "a")
        XCTAssertEqual(Value.tuple([.int(1), .bool(true)], labels: ["n", nil]).description, "(n: 1, true)")
        XCTAssertEqual(Value.range(ScriptRange(lower: 0, upper: 3, isClosed: false)).description, "0..<3")
        XCTAssertEqual(Value.string("x").mimeBundle.plain, "\"x\"")
    }

    func testTypeNames() {
        XCTAssertEqual(Value.native(Kind.tone).typeName, "Kind")
        XCTAssertEqual(Value.symbol("tone").typeName, "ImplicitMember")
    }
}
