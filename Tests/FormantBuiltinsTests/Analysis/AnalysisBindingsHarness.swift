import FormantCore
import FormantNumerics
import FormantScript
import XCTest
@testable import FormantBuiltins

/// Output that records what the analysis bindings show (progress bars).
final class AnalysisRecordingOutput: ScriptOutput {
    var displays: [MIMEBundle] = []
    func write(_ text: String, to stream: FormantScript.OutputStream) {}
    func display(_ bundle: MIMEBundle, displayID: String?) { displays.append(bundle) }
    func update(_ bundle: MIMEBundle, displayID: String) { displays.append(bundle) }
    func clear(wait: Bool) {}
    func readLine(prompt: String, password: Bool) throws -> String { throw ScriptError.runtime(kind: "IOError", message: "no input") }
}

/// Calls the analysis bindings through the registry as the interpreter does.
final class AnalysisBindingsHarness {
    let registry = Registry()
    let output = AnalysisRecordingOutput()
    lazy var context = ScriptContext(output: output, cancellation: CancellationToken(), registry: registry)

    init() { AnalysisBindings.register(into: registry) }

    func call(_ name: String, _ arguments: [(String?, Value)]) throws -> Value {
        guard let function = registry.functions[name] else { throw ScriptError.runtime(kind: "NameError", message: name) }
        return try function.call(Arguments(arguments.map { Argument(label: $0.0, value: $0.1) }, callee: name), in: context)
    }

    func property(_ receiver: Value, _ name: String) throws -> Value {
        guard let property = registry.types[receiver.typeName]?.properties[name] else {
            throw ScriptError.runtime(kind: "NameError", message: "\(receiver.typeName).\(name)")
        }
        return try property.get(receiver)
    }

    func method(_ receiver: Value, _ name: String, _ arguments: [(String?, Value)]) throws -> Value {
        guard let method = registry.types[receiver.typeName]?.methods[name] else {
            throw ScriptError.runtime(kind: "NameError", message: "\(receiver.typeName).\(name)")
        }
        return try method.make(receiver).call(Arguments(arguments.map { Argument(label: $0.0, value: $0.1) }, callee: name), in: context)
    }

    /// A deterministic frames × features tensor value; `signal` adds label-dependent structure.
    static func tensor(frames: Int, features: Int, seed: Int, signal: (Int) -> Double = { _ in 0 }) -> Value {
        var state = UInt64(seed) &* 6364136223846793005 &+ 1442695040888963407
        let storage = (0..<(frames * features)).map { index -> Float in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let noise = Double(state >> 11) / Double(1 << 53) - 0.5
            return Float(noise + (index % features == 0 ? signal(index / features) : 0))
        }
        return .native(NativeObject(typeName: "Tensor", object: Tensor(shape: [frames, features], storage: storage)))
    }
}
