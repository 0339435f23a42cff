import FormantInterpreter
import XCTest

/// Scripts that would exhaust memory or overflow bounds get errors, never traps.
final class RobustnessTests: XCTestCase {
    func testHugeRangesAndStridesAreErrors() {
        let harness = ScriptHarness()
        XCTAssertEqual(harness.failure("Array(0..<Int.max)")?.name, "IndexError")
        XCTAssertEqual(harness.failure("stride(from: 0, to: Int.max, by: 1)")?.name, "IndexError")
        XCTAssertEqual(harness.failure("stride(from: 0.0, to: 1e300, by: 1e-300)")?.name, "IndexError")
        XCTAssertEqual(harness.failure("Array(repeating: 0, count: Int.max)")?.name, "IndexError")
        XCTAssertEqual(harness.failure("Int.min..<Int.max")?.name, "ArithmeticError")
        XCTAssertEqual(harness.failure("[1, 2][...Int.max]")?.name, "ArithmeticError")
        XCTAssertEqual(harness.failure("-Int.min")?.name, "ArithmeticError")
        XCTAssertEqual(harness.failure("Int.min / -1")?.name, "ArithmeticError")
        XCTAssertEqual(harness.failure("abs(Int.min)")?.name, "ArithmeticError")
        XCTAssertEqual(harness.failure("5..<1")?.name, "IndexError")
        XCTAssertEqual(harness.failure("[1, 2][(-1)...]")?.name, "IndexError")
    }

    func testRecursionThroughBuiltinCallbacksEndsInAnError() {
        let harness = ScriptHarness()
        let failure = harness.failure("func r(_ n: Int) -> Int { [n].map { r($0 + 1) }[0] }\nr(0)")
        XCTAssertEqual(failure?.name, "RecursionError")
        XCTAssertEqual(harness.value("1 + 1"), "2")
    }

    func testImplicitDoubleMembersInArithmetic() {
        let harness = ScriptHarness()
        XCTAssertEqual(harness.value("2 * .pi > 6.28"), "true")
        XCTAssertEqual(harness.value("let angle: Double = .pi\nangle > 3"), "true")
    }

    func testOddScriptsEndInOutcomesNotCrashes() {
        let harness = ScriptHarness()
        let scripts = [
            "", "   ", "// only a comment", ";", "let", "let x =", "}", "{", "(((((", "x.y.z", "1 +", "\"unterminated",
            "let a = [1, 2]; a[a.count]", "var d: [String: Int] = [:]; d[\"x\"]! += 1", "nil!", "let f = 3; f()",
            "let t = (1, 2); t.5", "let s = \"abc\"; s[1...2]", "[1, \"a\"].sorted()", "[1, 2] < [3]",
            "let e: [Int] = []; e.max()!", "Int(\"99999999999999999999\")", "1 << 200", "Double.nan == Double.nan",
            "var a = [1]; a.insert(0, at: 5)", "var a = [1]; a.remove(at: -1)", "\"x\" * 3", "-\"x\"", "!3",
            "for x in 5 { }", "while 1 { }", "let (a, b) = (1, 2, 3)", "func f(_ x: Int) -> Int { x }; f(\"s\")",
            "func g() { return 5 }; g()", "break", "continue", "let r = 1...0", "[Int](repeating: 0, count: -1)",
            "stride(from: 0, to: 10, by: 0)", "let c = { $0 + $1 }; c(1)", "String(format: \"%\")",
            "let x: Int? = nil; x?.description.count", "switch 5 { case 1: 1 }", "[1, 2][0..<5]", "Array(5)",
            "let m = [[1]]; m[0][3]", "[1][\"a\"]", "[\"a\": 1][0]", "let q = 5; q.foo()", "print(undefinedThing)",
            "func r(_ n: Int) -> Int { r(n) + 1 }; r(0)", "let v = [1, 2, 3].map { $0 / 0 }",
        ]
        for script in scripts {
            _ = harness.run(script)
        }
        XCTAssertEqual(harness.value("1 + 1"), "2")
    }
}
