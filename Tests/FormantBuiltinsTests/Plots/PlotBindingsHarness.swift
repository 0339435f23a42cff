import FormantCore
import FormantScript
import XCTest
@testable import FormantBuiltins

/// Output that records displays and updates, as the kernel would publish them.
final class PlotRecordingOutput: ScriptOutput {
    var displays: [(bundle: MIMEBundle, id: String?)] = []
    var updates: [(bundle: MIMEBundle, id: String)] = []

    func write(_ text: String, to stream: FormantScript.OutputStream) {}
    func display(_ bundle: MIMEBundle, displayID: String?) { displays.append((bundle, displayID)) }
    func update(_ bundle: MIMEBundle, displayID: String) { updates.append((bundle, displayID)) }
    func clear(wait: Bool) {}
    func readLine(prompt: String, password: Bool) throws -> String { throw ScriptError.runtime(kind: "IOError", message: "no input") }
}

/// Calls the plotting bindings through the registry exactly as the interpreter does.
final class PlotBindingsHarness {
    let registry = Registry()
    let output = PlotRecordingOutput()
    lazy var context = ScriptContext(output: output, cancellation: CancellationToken(), registry: registry)

    init() {
        PlotBindings.register(into: registry)
    }

    /// Calls the global function `name` with (label, value) arguments.
    func call(_ name: String, _ arguments: [(String?, Value)]) throws -> Value {
        guard let function = registry.functions[name] else { throw ScriptError.runtime(kind: "NameError", message: name) }
        return try function.call(Arguments(arguments.map { Argument(label: $0.0, value: $0.1) }, callee: name), in: context)
    }

    /// Calls the method `name` of `receiver`.
    func method(_ receiver: Value, _ name: String, _ arguments: [(String?, Value)]) throws -> Value {
        guard let method = registry.types[receiver.typeName]?.methods[name] else {
            throw ScriptError.runtime(kind: "NameError", message: "\(receiver.typeName).\(name)")
        }
        return try method.make(receiver).call(Arguments(arguments.map { Argument(label: $0.0, value: $0.1) }, callee: name), in: context)
    }

    /// Reads the property `name` of `receiver`.
    func property(_ receiver: Value, _ name: String) throws -> Value {
        guard let property = registry.types[receiver.typeName]?.properties[name] else {
            throw ScriptError.runtime(kind: "NameError", message: "\(receiver.typeName).\(name)")
        }
        return try property.get(receiver)
    }
}

/// Script values written briefly.
enum PlotValues {
    static func numbers(_ values: [Double]) -> Value { .array(values.map(Value.double)) }
    static func strings(_ values: [String]) -> Value { .array(values.map(Value.string)) }
    static func dictionary(_ pairs: [(String, Value)]) -> Value {
        .dictionary(.init(uniqueKeysWithValues: pairs.map { (Value.string($0.0), $0.1) }))
    }
    static func tuple(_ values: [Value]) -> Value { .tuple(values, labels: values.map { _ in nil }) }
}

/// The message of a script error thrown by `body`.
func plotErrorMessage(_ body: () throws -> Value) -> String? {
    do {
        _ = try body()
        return nil
    } catch let error as ScriptError {
        return error.description
    } catch {
        return "unexpected \(error)"
    }
}
