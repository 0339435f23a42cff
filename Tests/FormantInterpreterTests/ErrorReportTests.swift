import FormantInterpreter
import XCTest

/// Golden texts of syntax and runtime error reports (name, message, traceback).
final class ErrorReportTests: XCTestCase {
    func testSyntaxErrorShowsLineColumnSourceAndCaret() {
        let failure = ScriptHarness().failure("let x = 1\nlet y = (2 + \nprint(y)")
        XCTAssertEqual(failure?.name, "SyntaxError")
        XCTAssertEqual(failure?.message, "3:9: expected ')' to end tuple")
        XCTAssertEqual(failure?.traceback, [
            "1 | let x = 1",
            "2 | let y = (2 + ",
            "3 | print(y)",
            "  |         `- error: expected ')' to end tuple",
            "SyntaxError: 3:9: expected ')' to end tuple",
        ])
    }

    func testUnsupportedConstructNamesItsLocation() {
        let failure = ScriptHarness().failure("let a = 1\nstruct Point { var x: Int }")
        XCTAssertEqual(failure?.name, "SyntaxError")
        XCTAssertEqual(failure?.message, "declaring a struct is not supported in Formant scripts")
        XCTAssertEqual(failure?.traceback, [
            "  at <cell> line 2:1",
            "    struct Point { var x: Int }",
            "    ^",
            "SyntaxError: declaring a struct is not supported in Formant scripts",
        ])
    }

    func testUnsupportedGenericsAndAsync() {
        let harness = ScriptHarness()
        XCTAssertEqual(harness.failure("func id<T>(_ x: T) -> T { x }")?.message, "a generic function is not supported in Formant scripts")
        XCTAssertEqual(harness.failure("class C {}")?.message, "declaring a class is not supported in Formant scripts")
        XCTAssertEqual(harness.failure("protocol P {}")?.message, "declaring a protocol is not supported in Formant scripts")
        XCTAssertEqual(harness.failure("func f() async {}")?.message, "an 'async' function is not supported in Formant scripts")
    }

    func testRuntimeErrorTracebackListsFramesInnermostLast() {
        let harness = ScriptHarness()
        harness.run("func pick(_ xs: [Int], _ i: Int) -> Int {\n    return xs[i]\n}")
        let failure = harness.failure("let values = [1, 2, 3]\npick(values, 5)")
        XCTAssertEqual(failure?.name, "IndexError")
        XCTAssertEqual(failure?.message, "index 5 out of range (the collection has 3 elements)")
        XCTAssertEqual(failure?.traceback, [
            "  at <cell> line 2:1",
            "    pick(values, 5)",
            "    ^",
            "  at pick(_:_:) line 2:12",
            "        return xs[i]",
            "               ^",
            "IndexError: index 5 out of range (the collection has 3 elements)",
        ])
    }

    func testUnknownNameSuggestsACloseOne() {
        let harness = ScriptHarness()
        harness.run("let embeddings = [1.0]")
        let failure = harness.failure("embedings.count")
        XCTAssertEqual(failure?.name, "NameError")
        XCTAssertEqual(failure?.message, "cannot find 'embedings' in scope; did you mean 'embeddings'?")
    }

    func testUnknownMemberSuggestsACloseOne() {
        let failure = ScriptHarness().failure("[1, 2].cout")
        XCTAssertEqual(failure?.message, "value of type 'Array' has no member 'cout'; did you mean 'count'?")
    }

    func testCallingANonFunction() {
        let failure = ScriptHarness().failure("let n = 3\nn(2)")
        XCTAssertEqual(failure?.name, "TypeError")
        XCTAssertEqual(failure?.message, "cannot call value of non-function type 'Int'")
    }

    func testWrongArgumentTypeForBuiltin() {
        let failure = ScriptHarness().failure("sqrt(\"four\")")
        XCTAssertEqual(failure?.name, "ArgumentError")
        XCTAssertEqual(failure?.message, "sqrt(_:): parameter 'x' expects Double, got String")
    }

    func testDeepRecursionIsAnErrorNotACrash() {
        let harness = ScriptHarness()
        let failure = harness.failure("func down(_ n: Int) -> Int { down(n + 1) }\ndown(0)")
        XCTAssertEqual(failure?.name, "RecursionError")
        XCTAssertEqual(failure?.traceback.first, "  … 9989 more frames …")
        XCTAssertEqual(harness.value("func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }\ndepth(5000)"), "5000")
    }

    func testNonBooleanCondition() {
        let failure = ScriptHarness().failure("if 1 { }")
        XCTAssertEqual(failure?.message, "condition must be a Bool, not 'Int'")
    }

    func testVoidFunctionReturningAValue() {
        XCTAssertEqual(ScriptHarness().failure("func g() { return 5 }\ng()")?.message,
                       "'g' returns a value but declares no result type: add '-> Type' to its declaration")
    }

    func testShorthandClosureCalledWithTooFewArguments() {
        XCTAssertEqual(ScriptHarness().failure("let c = { $0 + $1 }\nc(1)")?.message,
                       "closure takes 2 arguments but was called with 1")
    }
}
