import FormantBuiltins
import FormantCore
import FormantScript
import Foundation

/// Calls corpus bindings through the registry as the interpreter would, collecting their output.
final class CorpusBindingsHarness: ScriptOutput {
    let registry = Registry()
    private(set) var displays: [MIMEBundle] = []
    private(set) var updates = 0
    lazy var context = ScriptContext(output: self, cancellation: CancellationToken(), registry: registry)

    init() { CorpusBindings.register(into: registry) }

    /// `Type.method(arguments)`.
    func callStatic(_ type: String, _ method: String, _ arguments: [(String?, Value)] = []) throws -> Value {
        guard let function = registry.types[type]?.staticMethods[method] else { throw ScriptError.runtime(kind: "Test", message: "no \(type).\(method)") }
        return try function.call(Arguments(arguments.map { Argument(label: $0.0, value: $0.1) }, callee: method), in: context)
    }

    /// `receiver.method(arguments)`.
    func call(_ receiver: Value, _ method: String, _ arguments: [(String?, Value)] = []) throws -> Value {
        guard let entry = registry.types[receiver.typeName]?.methods[method] else { throw ScriptError.runtime(kind: "Test", message: "no \(receiver.typeName).\(method)") }
        return try entry.make(receiver).call(Arguments(arguments.map { Argument(label: $0.0, value: $0.1) }, callee: method), in: context)
    }

    /// `receiver.property`.
    func get(_ receiver: Value, _ property: String) throws -> Value {
        guard let entry = registry.types[receiver.typeName]?.properties[property] else { throw ScriptError.runtime(kind: "Test", message: "no \(receiver.typeName).\(property)") }
        return try entry.get(receiver)
    }

    /// A script closure running `body`.
    func closure(_ body: @escaping ([Value]) throws -> Value) -> Value {
        .function(Function(signature: Signature("closure(_ x: Any) -> Any"), doc: "") { arguments, _ in try body(arguments.list.map(\.value)) })
    }

    func write(_ text: String, to stream: FormantScript.OutputStream) {}
    func display(_ bundle: MIMEBundle, displayID: String?) { displays.append(bundle) }
    func update(_ bundle: MIMEBundle, displayID: String) { updates += 1 }
    func clear(wait: Bool) {}
    func readLine(prompt: String, password: Bool) throws -> String { "" }
}
