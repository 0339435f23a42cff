import FormantInterpreter
import XCTest

/// The evaluator, one syntax item at a time, checked through the values cells give.
final class EvaluatorTests: XCTestCase {
    private var harness: ScriptHarness!

    override func setUp() {
        harness = ScriptHarness()
    }

    private func assertValue(_ code: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(harness.value(code, file: file, line: line), expected, code, file: file, line: line)
    }

    private func assertFailure(
        _ code: String, name: String, contains fragment: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        guard let failure = harness.failure(code, file: file, line: line) else { return }
        XCTAssertEqual(failure.name, name, failure.message, file: file, line: line)
        XCTAssertTrue(failure.message.contains(fragment), "\(failure.message) lacks \(fragment)", file: file, line: line)
    }

    func testLiterals() {
        assertValue("42", "42")
        assertValue("1_000_000", "1000000")
        assertValue("0xff", "255")
        assertValue("2.5", "2.5")
        assertValue("1e-5", "1e-05")
        assertValue("true", "true")
        assertValue("\"hi\"", "\"hi\"")
        assertValue("[1, 2, 3]", "[1, 2, 3]")
        assertValue("[\"a\": 1]", "[\"a\": 1]")
        assertValue("(1, \"x\")", "(1, \"x\")")
        assertValue("(a: 1, b: 2)", "(a: 1, b: 2)")
        assertValue("0..<3", "0..<3")
        assertValue("1...3", "1...3")
        assertValue("[1, 2.5]", "[1.0, 2.5]")
        assertValue("let e: [Int] = []\ne", "[]")
        assertValue("[:]", "[:]")
    }

    func testTypeAnnotationsConvertLiterals() {
        assertValue("let x: Double = 1\nx", "1.0")
        assertValue("let xs: [Double] = [1, 2]\nxs", "[1.0, 2.0]")
        assertValue("var y = 0.0\ny = 3\ny", "3.0")
        assertFailure("var n = 1\nn = \"text\"", name: "TypeError", contains: "cannot convert value of type 'String'")
        assertFailure("let s: Int = \"a\"", name: "TypeError", contains: "'Int'")
    }

    func testArithmeticFollowsSwift() {
        assertValue("1 + 2 * 3", "7")
        assertValue("(1 + 2) * 3", "9")
        assertValue("7 / 2", "3")
        assertValue("7 % 3", "1")
        assertValue("-7 / 2", "-3")
        assertValue("7.0 / 2", "3.5")
        assertValue("1 + 2.5", "3.5")
        assertValue("2 * 3 + 0.5", "6.5")
        assertValue("10 - 2 - 3", "5")
        assertValue("\"a\" + \"b\"", "\"ab\"")
        assertValue("[1] + [2]", "[1, 2]")
        assertValue("1 < 2 && 2 < 3 || false", "true")
        assertValue("!(1 == 1)", "false")
        assertValue("3 > 2 ? \"yes\" : \"no\"", "\"yes\"")
        assertValue("var a = 10\na -= 3\na *= 2\na /= 7\na", "2")
        assertValue("let d = 2.0\nd * 3", "6.0")
    }

    func testMixingIntAndDoubleVariablesIsAnError() {
        assertFailure("let i = 1\nlet d = 2.5\ni + d", name: "TypeError", contains: "Double(x)")
    }

    func testIntegerLiteralSeedOfReduceOverDoublesIsADouble() {
        assertValue("[0.5, 0.25].reduce(0, +)", "0.75")
        assertValue("[0.5, 0.25].reduce(0) { $0 + $1 }", "0.75")
        assertValue("let ratios = [0.5, 0.25]\nratios.reduce(1 - 1, +)", "0.75")
        assertValue("[0.5, 0.25].reduce(1, *)", "0.125")
        assertValue("[1, 2].reduce(0, +)", "3")
    }

    func testIntVariableSeedOfReduceOverDoublesIsStillAnError() {
        assertFailure("let zero = 0\n[0.5, 0.25].reduce(zero, +)", name: "TypeError", contains: "Double(x)")
    }

    func testIntegerOverflowAndDivisionByZeroAreErrors() {
        assertFailure("Int.max + 1", name: "ArithmeticError", contains: "overflow")
        assertFailure("let big = 4_000_000_000\nbig * big", name: "ArithmeticError", contains: "overflow")
        assertFailure("let zero = 0\n1 / zero", name: "ArithmeticError", contains: "division by zero")
        assertFailure("5 % 0", name: "ArithmeticError", contains: "division by zero")
        assertValue("1.0 / 0", "inf")
    }

    func testStringInterpolationAndMultilineAndRawStrings() {
        assertValue("let n = 3\n\"n = \\(n), twice \\(n * 2)\"", "\"n = 3, twice 6\"")
        assertValue("\"tab\\tend\"", "\"tab\\tend\"")
        assertValue("let s = \"\"\"\n    one\n    two\n    \"\"\"\ns", "\"one\\ntwo\"")
        assertValue("#\"raw \\n\"#", "\"raw \\\\n\"")
        assertValue("\"\\u{41}\"", "\"A\"")
    }

    func testTuplesAndDestructuring() {
        assertValue("let (a, b) = (1, 2)\na + b", "3")
        assertValue("let t = (x: 1, y: 2)\nt.x + t.1", "3")
        assertValue("var p = (1, 2)\np.0 = 5\np", "(5, 2)")
        assertValue("var (q, r) = (1, 2)\n(q, r) = (r, q)\nq", "2")
    }

    func testOptionals() {
        assertValue("let o: Int? = nil\no ?? 7", "7")
        assertValue("let d = [\"a\": 1]\nd[\"a\"] ?? 0", "1")
        assertValue("let d = [\"a\": 1]\nlet r = if let v = d[\"a\"] { v + 1 } else { 0 }\nr", "2")
        assertValue("let v: Int? = 4\nvar r = 0\nif let v { r = v * 2 }\nr", "8")
        assertValue("func f(_ x: Int?) -> Int {\n guard let x else { return -1 }\n return x\n}\nf(nil) + f(5)", "4")
        assertValue("let names: [String] = []\nnames.first?.count", "nil")
        assertValue("let names = [\"abc\"]\nnames.first?.count", "3")
        assertValue("let w: String? = \"x\"\nw!", "\"x\"")
        assertFailure("let w: String? = nil\nw!", name: "NilError", contains: "unexpectedly found nil")
    }

    func testSwitch() {
        let code = """
            func describe(_ x: Int) -> String {
                switch x {
                case 0: return "zero"
                case 1, 2: return "small"
                case 3..<10: return "medium"
                case let n where n < 0: return "negative \\(n)"
                default: return "large"
                }
            }
            [describe(0), describe(2), describe(5), describe(-3), describe(50)]
            """
        assertValue(code, "[\"zero\", \"small\", \"medium\", \"negative -3\", \"large\"]")
        assertValue("let r = switch (1, \"a\") {\ncase (0, _): 0\ncase (let n, \"a\"): n + 10\ndefault: -1\n}\nr", "11")
        assertValue("let r = switch 2.5 { case 0.0..<1.0: \"low\" default: \"high\" }\nr", "\"high\"")
        assertValue("let tone = \"rising\"\nvar kind = 0\nswitch tone { case \"rising\": kind = 2 default: break }\nkind", "2")
    }

    func testIfElseAndGuard() {
        assertValue("let x = 5\nvar s = \"\"\nif x < 3 { s = \"a\" } else if x < 6 { s = \"b\" } else { s = \"c\" }\ns", "\"b\"")
        assertValue("let v = if true { 1 } else { 2 }\nv", "1")
        assertFailure("func f() { guard false else { } }\nf()", name: "ControlFlowError", contains: "guard")
    }

    func testLoops() {
        assertValue("var s = 0\nfor i in 0..<5 { s += i }\ns", "10")
        assertValue("var s = 0\nfor i in 1...5 where i % 2 == 1 { s += i }\ns", "9")
        assertValue("var out: [Int] = []\nfor x in [3, 4] { out.append(x * 2) }\nout", "[6, 8]")
        assertValue("var keys = \"\"\nfor (k, v) in [\"a\": 1, \"b\": 2] { keys += k + String(v) }\nkeys", "\"a1b2\"")
        assertValue("var s = 0\nfor (i, x) in [10, 20].enumerated() { s += i * x }\ns", "20")
        assertValue("var xs: [Int] = []\nfor i in stride(from: 0, to: 10, by: 3) { xs.append(i) }\nxs", "[0, 3, 6, 9]")
        assertValue("Array(stride(from: 1.0, through: 2.0, by: 0.5))", "[1.0, 1.5, 2.0]")
        assertValue("var n = 0\nwhile n < 7 { n += 2 }\nn", "8")
        assertValue("var n = 0\nrepeat { n += 1 } while n < 3\nn", "3")
        assertValue("var s = 0\nfor i in 0..<10 { if i == 5 { break }; if i % 2 == 0 { continue }; s += i }\ns", "4")
        assertValue("var c = 0\nouter: for i in 0..<3 { for j in 0..<3 { if j == 1 { continue outer }; c += 1 } }\nc", "3")
        assertValue("var chars: [String] = []\nfor c in \"abc\" { chars.append(c) }\nchars", "[\"a\", \"b\", \"c\"]")
    }

    func testFunctions() {
        assertValue("func add(_ a: Int, to b: Int = 10) -> Int { return a + b }\nadd(1) + add(1, to: 2)", "14")
        assertValue("func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }\nfact(10)", "3628800")
        assertValue("func sum(_ xs: Int...) -> Int { xs.reduce(0, +) }\nsum(1, 2, 3)", "6")
        assertValue("func half(_ x: Double) -> Double { x / 2 }\nhalf(3)", "1.5")
        assertValue("func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }\nfunc isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }\nisEven(10)", "true")
        assertFailure("func f(x: Int) -> Int { x }\nf(1)", name: "ArgumentError", contains: "f(x:)")
        assertFailure("func g() -> Int { let y = 1 }\ng()", name: "ControlFlowError", contains: "missing return")
    }

    func testClosures() {
        assertValue("[1, 2, 3].map { $0 * 2 }", "[2, 4, 6]")
        assertValue("[1, 2, 3].map({ x in x + 1 })", "[2, 3, 4]")
        assertValue("[3, 1, 2].sorted { $0 > $1 }", "[3, 2, 1]")
        assertValue("[3, 1, 2].sorted(by: <)", "[1, 2, 3]")
        assertValue("[1, 2, 3, 4].filter { $0 % 2 == 0 }.reduce(0) { $0 + $1 }", "6")
        assertValue("let square = { (x: Int) -> Int in x * x }\nsquare(4)", "16")
        assertValue("var counter = 0\nlet bump = { counter += 1 }\nbump()\nbump()\ncounter", "2")
        assertValue("func apply(_ f: (Int) -> Int, to x: Int) -> Int { f(x) }\napply({ $0 + 1 }, to: 1)", "2")
        assertValue("[\"b\": 2, \"a\": 1].sorted { $0.key < $1.key }.map { $0.value }", "[1, 2]")
        assertValue("[\"b\": 2, \"a\": 1].map { (k, v) in k }", "[\"b\", \"a\"]")
    }

    func testValueSemantics() {
        assertValue("let a = [1, 2]\nvar b = a\nb.append(3)\n(a, b)", "([1, 2], [1, 2, 3])")
        assertValue("var m = [[1], [2]]\nm[0].append(5)\nm", "[[1, 5], [2]]")
        assertValue("var d: [String: [Int]] = [:]\nd[\"a\", default: []].append(1)\nd[\"a\", default: []].append(2)\nd", "[\"a\": [1, 2]]")
        assertValue("var counts: [String: Int] = [:]\nfor w in [\"x\", \"y\", \"x\"] { counts[w, default: 0] += 1 }\ncounts", "[\"x\": 2, \"y\": 1]")
        assertFailure("let a = [1]\na.append(2)", name: "AssignmentError", contains: "'a' is a 'let' constant")
        assertFailure("let a = 1\na = 2", name: "AssignmentError", contains: "'a' is a 'let' constant")
    }

    func testSubscripts() {
        assertValue("let a = [10, 20, 30, 40]\na[1]", "20")
        assertValue("let a = [10, 20, 30, 40]\na[1..<3]", "[20, 30]")
        assertValue("let a = [10, 20, 30, 40]\na[2...]", "[30, 40]")
        assertValue("let a = [10, 20, 30, 40]\na[..<1]", "[10]")
        assertValue("var a = [1, 2, 3]\na[0] = 9\na", "[9, 2, 3]")
        assertValue("var d = [\"k\": 1]\nd[\"k\"] = nil\nd", "[:]")
        assertFailure("let a = [1, 2]\na[2]", name: "IndexError", contains: "index 2 out of range")
        assertFailure("let s = \"abc\"\ns[0]", name: "TypeError", contains: "Array(s)[i]")
    }

    func testStandardLibrary() {
        assertValue("[3, 1, 2].sorted()", "[1, 2, 3]")
        assertValue("[1, 2, 3].reversed()", "[3, 2, 1]")
        assertValue("[1, 2, 3].contains(2)", "true")
        assertValue("[\"a\", \"b\"].joined(separator: \"-\")", "\"a-b\"")
        assertValue("[4, 2, 8].min()", "2")
        assertValue("[4, 2, 8].max()", "8")
        assertValue("[4, 2, 8].firstIndex(of: 8)", "2")
        assertValue("[4, 2, 8].indices", "0..<3")
        assertValue("[1, 2, 3].prefix(2)", "[1, 2]")
        assertValue("[1, 2, 3].suffix(1)", "[3]")
        assertValue("var a = [1, 2, 3]\na.insert(0, at: 0)\nlet r = a.remove(at: 3)\n(a, r)", "([0, 1, 2], 3)")
        assertValue("[1, 2, 3].count + [Int]().count", "3")
        assertValue("var q = [1, 2, 3]\nlet f = q.removeFirst()\nlet l = q.removeLast()\n(f, l, q)", "(1, 3, [2])")
        assertFailure("var e: [Int] = []\ne.removeLast()", name: "IndexError", contains: "removeLast() on an empty collection")
        assertValue("[1, 2].isEmpty", "false")
        assertValue("zip([1, 2], [\"a\", \"b\"]).map { \"\\($0)\\($1)\" }", "[\"1a\", \"2b\"]")
        assertValue("var d = [\"a\": 1, \"b\": 2]\nd.removeValue(forKey: \"a\")\n(d.count, d.keys, d.values)", "(1, [\"b\"], [2])")
        assertValue("\"Hello\".uppercased()", "\"HELLO\"")
        assertValue("\"Hello\".lowercased()", "\"hello\"")
        assertValue("\"a,b,,c\".split(separator: \",\")", "[\"a\", \"b\", \"c\"]")
        assertValue("\"speaker_01\".hasPrefix(\"speaker\") && \"x.wav\".hasSuffix(\".wav\")", "true")
        assertValue("\"banana\".contains(\"nan\")", "true")
        assertValue("\"a-b\".replacingOccurrences(of: \"-\", with: \"+\")", "\"a+b\"")
        assertValue("\"héllo\".count", "5")
        assertValue("Double(3)", "3.0")
        assertValue("Float(\"2.5\")", "2.5")
        assertValue("Int(3.9)", "3")
        assertValue("Int(\"12\")", "12")
        assertValue("Int(\"x\")", "nil")
        assertValue("String(42)", "\"42\"")
        assertValue("abs(-3)", "3")
        assertValue("min(3, 1, 2)", "1")
        assertValue("max(1.5, 2)", "2.0")
        assertValue("sqrt(16)", "4.0")
        assertValue("pow(2, 10)", "1024.0")
        assertValue("floor(2.7) + ceil(0.2) + round(1.5)", "5.0")
        assertValue("Double.pi > 3.14 && Double.pi < 3.15", "true")
        assertValue("exp(0) + log(1) + sin(0) + cos(0)", "2.0")
        assertValue("Array(0..<3)", "[0, 1, 2]")
        assertValue("Array(repeating: 0, count: 2)", "[0, 0]")
        assertValue("var z = [Double](repeating: 0, count: 2)\nz[0] += 0.5\nz", "[0.5, 0.0]")
        assertValue("var xs: [Double] = []\nxs.append(1)\nxs.insert(2, at: 0)\nxs.append(contentsOf: [3])\nxs[0] * 0.5", "1.0")
        assertValue("var scores: [String: Double] = [:]\nscores[\"a\"] = 1\nscores", "[\"a\": 1.0]")
        assertFailure("var ints = [1]\nints.append(\"x\")", name: "TypeError", contains: "cannot convert value of type 'String'")
        assertValue("var names = [String]()\nnames.append(\"a\")\nnames", "[\"a\"]")
        assertValue("var table = [String: [Int]]()\ntable[\"x\"] = [1]\ntable", "[\"x\": [1]]")
        assertValue("(0..<4).map { $0 * $0 }", "[0, 1, 4, 9]")
        assertValue("let big = 0..<Int.max\n(big.count, big.contains(5), big.first, (3...5).last, (0..<0).isEmpty)",
                    "(9223372036854775807, true, 0, 5, true)")
        assertValue("(1...9).contains { $0 > 8 }", "true")
        assertValue("var s = \"ab\"\ns += \"c\"\nvar a = [1]\na += [2, 3]\n(s, a)", "(\"abc\", [1, 2, 3])")
        assertValue("[1, 2, 3].map { Double($0) / 2 }", "[0.5, 1.0, 1.5]")
        assertFailure("Int(Double.infinity)", name: "ArithmeticError", contains: "cannot be converted")
    }

    func testPrintAndDisplay() {
        harness.run("print(1, \"two\", [3], separator: \", \", terminator: \"!\\n\")\nprint(\"x\")")
        XCTAssertEqual(harness.output.stdout, "1, two, [3]!\nx\n")
        harness.run("display([1, 2], id: \"fig\")\nupdateDisplay(\"done\", id: \"fig\")\nclearOutput(wait: true)")
        XCTAssertEqual(harness.output.displays.first?.bundle.plain, "[1, 2]")
        XCTAssertEqual(harness.output.displays.first?.id, "fig")
        XCTAssertEqual(harness.output.updates.first?.bundle.plain, "\"done\"")
        XCTAssertEqual(harness.output.clears, [true])
    }

    func testReadLine() {
        harness.output.inputs = ["typed"]
        assertValue("readLine()", "\"typed\"")
        assertFailure("readLine()", name: "InputError", contains: "readLine() is unavailable")
    }

    func testTryIsAcceptedAndTryOptionalCatches() {
        assertValue("try [1, 2].count", "2")
        assertValue("let r = try? [1][3]\nr", "nil")
        assertValue("var message = \"\"\ndo { _ = [1][3] } catch { message = error }\nmessage.hasPrefix(\"index 3\")", "true")
    }

    func testCastsAndTypeChecks() {
        assertValue("let x: Any = 3\nx is Int", "true")
        assertValue("let x: Any = 3\nx as? String", "nil")
        assertValue("1 as Double", "1.0")
    }

    func testMoreCollectionOperations() {
        assertValue("[\"1\", \"x\", \"3\"].compactMap { Int($0) }", "[1, 3]")
        assertValue("[[1], [2, 3]].flatMap { $0 }", "[1, 2, 3]")
        assertValue("[2, 4].allSatisfy { $0 % 2 == 0 }", "true")
        assertValue("[5, 6, 7].first { $0 > 5 }", "6")
        assertValue("[5, 6, 7].count { $0 > 5 }", "2")
        assertValue("Dictionary(uniqueKeysWithValues: zip([\"a\", \"b\"], [1, 2]))", "[\"a\": 1, \"b\": 2]")
        assertValue("[\"a\": 1, \"b\": 2].mapValues { $0 * 10 }", "[\"a\": 10, \"b\": 20]")
        assertValue("[\"a\": 1, \"b\": 2].filter { $0.value > 1 }", "[\"b\": 2]")
        assertValue("[3, 1, 2].max { $0 < $1 }", "3")
        assertValue("[3, 1, 2].contains { $0 > 2 }", "true")
        assertValue("[3, 1, 2].firstIndex { $0 == 1 }", "1")
        assertValue("type(of: [1])", "\"Array\"")
        assertValue("[1, 2, 3].shuffled().sorted()", "[1, 2, 3]")
        assertValue("[7].randomElement()", "7")
        assertValue("let k = Int.random(in: 3..<5)\nk == 3 || k == 4", "true")
        assertValue("let u = Double.random(in: 0..<1)\nu >= 0 && u < 1", "true")
        assertFailure("Int.random(in: 0..<0)", name: "ArgumentError", contains: "the range must not be empty")
        assertValue("var m = Array(repeating: Array(repeating: 0.0, count: 2), count: 2)\nm[1][0] += 1\nm", "[[0.0, 0.0], [1.0, 0.0]]")
    }

    func testAssertAndUnsupportedInout() {
        assertFailure("assert(1 > 2, \"order\")", name: "AssertionError", contains: "assertion failed: order")
        assertFailure("var n = 1\nfunc f(_ x: Int) {}\nf(&n)", name: "SyntaxError", contains: "'&' (an inout argument)")
    }

    func testNestedFunctionsAndCapturedState() {
        let code = """
            func makeCounter() -> () -> Int {
                var count = 0
                func next() -> Int {
                    count += 1
                    return count
                }
                return next
            }
            let counter = makeCounter()
            counter()
            counter()
            """
        assertValue(code, "2")
    }
}
