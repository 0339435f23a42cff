import FormantInterpreter
import FormantScript
import XCTest

/// Completion, inspection and is_complete.
final class InterpreterToolingTests: XCTestCase {
    private func makeHarness() -> ScriptHarness {
        let registry = Registry()
        registry.function("svcca(_ a: Tensor, _ b: Tensor, keep: Double = 0.99, epsilon: Double = 1e-10) -> SVCCAResult",
                          doc: "Singular vector CCA between two representations.") { _, _ in .void }
        registry.type("Task", doc: "A probing task.") { type in
            type.staticProperty("tone", type: "Task", doc: "Tone.") { .string("tone") }
            type.staticProperty("phone", type: "Task", doc: "Phone.") { .string("phone") }
        }
        registry.function("probe(_ x: Tensor, task: Task = .tone)", doc: "Probes.") { _, _ in .void }
        registry.type("Model", doc: "A wav2vec 2.0 model.") { type in
            type.staticMethod("load(_ name: String)", doc: "Loads a checkpoint.") { _, _ in .void }
        }
        let harness = ScriptHarness(registry: registry)
        harness.run("""
            let embeddings = [1.0, 2.0]
            let embeddingCount = 2
            let greeting = "hello"
            /// Doubles a number.
            func twice(_ x: Int) -> Int { x * 2 }
            """)
        return harness
    }

    private func complete(_ harness: ScriptHarness, _ code: String) -> CompletionResult {
        harness.interpreter.complete(code, cursor: code.unicodeScalars.count)
    }

    func testGlobalsCompleteUserAndRegistryNamesAndKeywords() {
        let harness = makeHarness()
        let result = complete(harness, "let y = embe")
        XCTAssertEqual(result.matches, ["embeddingCount", "embeddings"])
        XCTAssertEqual(result.cursorStart, 8)
        XCTAssertEqual(result.cursorEnd, 12)
        XCTAssertEqual(complete(harness, "svc").matches, ["svcca"])
        XCTAssertEqual(complete(harness, "Mod").matches, ["Model"])
        XCTAssertEqual(complete(harness, "gua").matches, ["guard"])
        XCTAssertEqual(complete(harness, "pri").matches, ["print"])
    }

    func testMembersOfValuesAndTypes() {
        let harness = makeHarness()
        XCTAssertEqual(complete(harness, "embeddings.so").matches, ["sort", "sorted"])
        XCTAssertEqual(complete(harness, "greeting.up").matches, ["uppercased"])
        XCTAssertEqual(complete(harness, "Model.").matches, ["load"])
        XCTAssertEqual(complete(harness, "embeddings.first?.").matches, [])
        let result = complete(harness, "x = greeting.has")
        XCTAssertEqual(result.matches, ["hasPrefix", "hasSuffix"])
        XCTAssertEqual(result.cursorStart, 13)
    }

    func testArgumentLabelsInsideACall() {
        let harness = makeHarness()
        XCTAssertEqual(complete(harness, "svcca(a, b, ke").matches, ["keep:"])
        XCTAssertEqual(complete(harness, "svcca(a, b, keep: 0.9, ").matches.prefix(1), ["epsilon:"])
        XCTAssertEqual(complete(harness, "embeddings.sorted(b").matches.first, "by:")
    }

    func testImplicitMembersOfTheParameterType() {
        let harness = makeHarness()
        XCTAssertEqual(complete(harness, "probe(x, task: .").matches, ["phone", "tone"])
        XCTAssertEqual(complete(harness, "probe(x, task: .t").matches, ["tone"])
    }

    func testCursorIsAUnicodeScalarOffset() {
        let harness = makeHarness()
        let code = "let é = \"ü\"; gree"
        let result = harness.interpreter.complete(code, cursor: code.unicodeScalars.count)
        XCTAssertEqual(result.matches, ["greeting"])
        XCTAssertEqual(result.cursorStart, code.unicodeScalars.count - 4)
    }

    func testInspectBuiltinsTypesUserFunctionsAndVariables() {
        let harness = makeHarness()
        XCTAssertEqual(harness.interpreter.inspect("svcca", cursor: 2)?.plain,
                       "svcca(_ a: Tensor, _ b: Tensor, keep: Double = 0.99, epsilon: Double = 1e-10) -> SVCCAResult\n\n"
                           + "Singular vector CCA between two representations.")
        XCTAssertEqual(harness.interpreter.inspect("twice(3)", cursor: 6)?.plain,
                       "func twice(_ x: Int) -> Int\n\nDoubles a number.")
        XCTAssertEqual(harness.interpreter.inspect("embeddingCount", cursor: 14)?.plain, "embeddingCount: Int = 2")
        XCTAssertEqual(harness.interpreter.inspect("Model", cursor: 1)?.plain,
                       "Model\n\nA wav2vec 2.0 model.\n\nStatic members: load")
        XCTAssertEqual(harness.interpreter.inspect("greeting.count", cursor: 12)?.plain,
                       "var count: Int\n\nThe number of characters.")
        XCTAssertTrue(harness.interpreter.inspect("print", cursor: 0)?.plain.hasPrefix("print(_ items: Any...") ?? false)
        XCTAssertNil(harness.interpreter.inspect("nothingHere", cursor: 3))
    }

    func testInspectAndCompletionCoverOverloadsAndAStaticVarBesideAStaticFunc() throws {
        let registry = Registry()
        registry.function("profile(_ x: Int, tasks: [Int], measure: Int = 0)", overloads: ["profile(_ x: Int, measure: Int = 0, groups: [Int]? = nil)"],
                          doc: "Profiles.") { _, _ in .void }
        registry.type("Task", doc: "A task.") { type in
            type.staticProperty("tone", type: "Task", doc: "The standard tone task.") { .string("tone") }
            type.staticMethod("tone(digits: [String: Int] = [:])", doc: "A tone task with its own table.") { _, _ in .void }
        }
        let harness = ScriptHarness(registry: registry)
        XCTAssertEqual(harness.interpreter.inspect("profile", cursor: 2)?.plain,
                       "profile(_ x: Int, tasks: [Int], measure: Int = 0)\nprofile(_ x: Int, measure: Int = 0, groups: [Int]? = nil)\n\nProfiles.")
        XCTAssertEqual(complete(harness, "profile(x, gro").matches.first, "groups:")
        XCTAssertEqual(harness.interpreter.inspect("Task.tone", cursor: 7)?.plain,
                       "static var tone: Task\n\nThe standard tone task.\n\nstatic func tone(digits: [String: Int] = [:])\n\nA tone task with its own table.")
        XCTAssertEqual(complete(harness, "Task.tone(di").matches.first, "digits:")
    }

    func testIsComplete() {
        let interpreter = ScriptHarness().interpreter
        XCTAssertEqual(interpreter.isComplete("let x = 1"), .complete)
        XCTAssertEqual(interpreter.isComplete("for i in 0..<3 {"), .incomplete(indent: "    "))
        XCTAssertEqual(interpreter.isComplete("func f() {\n  if true {"), .incomplete(indent: "        "))
        XCTAssertEqual(interpreter.isComplete("let a = [1,"), .incomplete(indent: "    "))
        XCTAssertEqual(interpreter.isComplete("let s = \"\"\"\nabc"), .incomplete(indent: "    "))
        XCTAssertEqual(interpreter.isComplete("let x = 1 +"), .incomplete(indent: ""))
        XCTAssertEqual(interpreter.isComplete("if true {\n} else"), .incomplete(indent: ""))
        XCTAssertEqual(interpreter.isComplete("/* open comment"), .incomplete(indent: "    "))
        XCTAssertEqual(interpreter.isComplete("let = 5"), .invalid)
        XCTAssertEqual(interpreter.isComplete("let x = )"), .invalid)
    }
}
