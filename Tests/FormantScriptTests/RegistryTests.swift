import FormantCore
import FormantScript
import XCTest

/// A builtin registered with overloads: one body, several label orders.
final class RegistryOverloadTests: XCTestCase {
    private func registry() -> Registry {
        let registry = Registry()
        registry.function(
            "profile(_ x: Int, tasks: [Any], measure: String = \"svcca\")",
            overloads: ["profile(_ x: Int, measure: String = \"svcca\", tasks: [Any]? = nil)"],
            doc: "Profiles."
        ) { arguments, _ in
            .string("\(arguments.signature.selector) \(try arguments.string("measure", default: "svcca") ?? "") \(arguments.has("tasks"))")
        }
        return registry
    }

    private func call(_ arguments: [Argument]) throws -> Value {
        let registry = registry()
        let context = ScriptContext(output: NoOutput(), cancellation: CancellationToken(), registry: registry)
        return try XCTUnwrap(registry.functions["profile"]).call(Arguments(arguments, callee: "profile"), in: context)
    }

    func testACallBindsToTheFirstDeclarationItsLabelsFit() throws {
        let x = Argument(label: nil, value: .int(1)), tasks = Argument(label: "tasks", value: .array([]))
        let cka = Argument(label: "measure", value: .string("cka"))
        XCTAssertEqual(try call([x, tasks, cka]), .string("profile(_:tasks:measure:) cka true"))
        XCTAssertEqual(try call([x, cka, tasks]), .string("profile(_:measure:tasks:) cka true"))
        XCTAssertEqual(try call([x]), .string("profile(_:measure:tasks:) svcca false"))
        XCTAssertEqual(registry().functions["profile"]?.signatures.map(\.selector), ["profile(_:tasks:measure:)", "profile(_:measure:tasks:)"])
    }

    func testWhenNoneFitsTheFirstDeclarationsErrorIsReported() {
        XCTAssertThrowsError(try call([Argument(label: nil, value: .int(1)), Argument(label: "speed", value: .int(2))])) {
            XCTAssertEqual(($0 as? ScriptError)?.description, "missing argument for parameter 'tasks' in call to profile(_:tasks:measure:)")
        }
    }
}

/// Output that drops everything.
private final class NoOutput: ScriptOutput {
    func write(_ text: String, to stream: FormantScript.OutputStream) {}
    func display(_ bundle: MIMEBundle, displayID: String?) {}
    func update(_ bundle: MIMEBundle, displayID: String) {}
    func clear(wait: Bool) {}
    func readLine(prompt: String, password: Bool) throws -> String { "" }
}
