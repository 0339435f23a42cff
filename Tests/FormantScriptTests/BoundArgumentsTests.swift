import FormantScript
import XCTest

/// Matching call arguments to a signature, as Swift does.
final class BoundArgumentsTests: XCTestCase {
    private let signature = Signature("svcca(_ a: Tensor, _ b: Tensor? = nil, keep: Double = 0.99, items: Int...)")

    private func bind(_ arguments: [Argument]) throws -> BoundArguments {
        try BoundArguments(Arguments(arguments, callee: "svcca"), to: signature, registry: Registry())
    }

    func testSignatureParsesLabelsDefaultsAndVariadics() {
        XCTAssertEqual(signature.selector, "svcca(_:_:keep:items:)")
        XCTAssertEqual(signature.parameters.map(\.hasDefault), [false, true, true, false])
        XCTAssertEqual(signature.parameters.last?.isVariadic, true)
    }

    func testPositionalDefaultedAndLabelledArguments() throws {
        let bound = try bind([Argument(label: nil, value: .int(1)), Argument(label: "keep", value: .int(3))])
        XCTAssertEqual(try bound.double("keep"), 3)
        XCTAssertFalse(bound.has("b"))
        XCTAssertEqual(try bound.array("items"), [])
    }

    func testMissingAndExtraArgumentsAreNamed() {
        XCTAssertThrowsError(try bind([])) { error in
            XCTAssertEqual((error as? ScriptError)?.description, "missing argument for parameter 'a' in call to svcca(_:_:keep:items:)")
        }
        XCTAssertThrowsError(try bind([Argument(label: nil, value: .int(1)), Argument(label: "speed", value: .int(1))])) {
            XCTAssertEqual(($0 as? ScriptError)?.description, "extra argument 'speed' in call to svcca(_:_:keep:items:)")
        }
    }

    func testWrongTypeNamesFunctionAndParameter() throws {
        let bound = try bind([Argument(label: nil, value: .int(1)), Argument(label: "keep", value: .string("x"))])
        XCTAssertThrowsError(try bound.double("keep")) {
            XCTAssertEqual(($0 as? ScriptError)?.description, "svcca(_:_:keep:items:): parameter 'keep' expects Double, got String")
        }
    }
}
