import FormantScript
import XCTest

/// The wording of script errors.
final class ScriptErrorMessageTests: XCTestCase {
    func testInvalidArgumentNamesTheFunctionOnce() {
        let plain = ScriptError.invalidArgument(function: "svcca(_:_:labels:keep:)", message: "'a' is empty")
        XCTAssertEqual(plain.description, "svcca(_:_:labels:keep:): 'a' is empty")
        let worded = ScriptError.invalidArgument(
            function: "svcca(_:_:labels:keep:)", message: "svcca(_:_:labels:keep:): 'a' must be a frames × features matrix")
        XCTAssertEqual(worded.description, "svcca(_:_:labels:keep:): 'a' must be a frames × features matrix")
    }

    func testInvalidArgumentKeepsAnotherFunctionsPrefix() {
        let error = ScriptError.invalidArgument(function: "profile(_:tasks:)", message: "svcca: 'x' is constant")
        XCTAssertEqual(error.description, "profile(_:tasks:): svcca: 'x' is constant")
    }
}
