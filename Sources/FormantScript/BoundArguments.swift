import Foundation

/// A call's arguments matched to a builtin's parameters by Swift's rules, with typed accessors.
///
/// Builtin bodies read their parameters by name (`try args.double("keep", default: 0.99)`);
/// every mismatch becomes a `ScriptError` that names the function and the parameter.
public struct BoundArguments {
    /// The signature the arguments were matched against.
    public let signature: Signature
    private var values: [String: Value]
    private let registry: Registry

    /// Matches `arguments` to `signature`'s parameters in order, as Swift does: labels must
    /// agree, defaulted parameters may be skipped, a trailing closure fills the last parameter.
    public init(_ arguments: Arguments, to signature: Signature, registry: Registry) throws {
        self.signature = signature
        self.registry = registry
        values = [:]
        var remaining = arguments.list[...]
        for parameter in signature.parameters {
            if parameter.isVariadic {
                var collected: [Value] = []
                while let next = remaining.first, next.label == parameter.label || (collected.count > 0 && next.label == nil) {
                    collected.append(next.value)
                    remaining = remaining.dropFirst()
                }
                values[parameter.name] = .array(collected)
                continue
            }
            if let next = remaining.first, next.label == parameter.label {
                values[parameter.name] = next.value
                remaining = remaining.dropFirst()
            } else if !parameter.hasDefault {
                throw ScriptError.missingArgument(function: signature.selector, parameter: parameter.label ?? parameter.name)
            }
        }
        if let extra = remaining.first {
            throw ScriptError.unexpectedArgument(function: signature.selector, label: extra.label)
        }
    }

    /// Whether the caller supplied the parameter `name`.
    public func has(_ name: String) -> Bool {
        if case .some(.null) = values[name] { return false }
        return values[name] != nil
    }

    /// The raw value of parameter `name`, or `nil` when the caller left it out.
    public subscript(name: String) -> Value? { values[name] }

    /// The value of parameter `name`; an implicit member (`.tone`) is resolved against the parameter's type.
    public func value(_ name: String) throws -> Value {
        guard let value = values[name] else {
            throw ScriptError.missingArgument(function: signature.selector, parameter: name)
        }
        if case .symbol(let member) = value, let type = parameterType(name) {
            return try registry.resolve(member: member, ofType: type)
        }
        return value
    }

    /// Parameter `name` as an integer.
    public func int(_ name: String) throws -> Int { try convert(name, "Int", \.intValue) }
    /// Parameter `name` as an integer, or `fallback` when left out.
    public func int(_ name: String, default fallback: Int) throws -> Int { has(name) ? try int(name) : fallback }
    /// Parameter `name` as a number (integers widen).
    public func double(_ name: String) throws -> Double { try convert(name, "Double", \.doubleValue) }
    /// Parameter `name` as a number, or `fallback` when left out.
    public func double(_ name: String, default fallback: Double) throws -> Double {
        has(name) ? try double(name) : fallback
    }
    /// Parameter `name` as a Boolean.
    public func bool(_ name: String) throws -> Bool { try convert(name, "Bool", \.boolValue) }
    /// Parameter `name` as a Boolean, or `fallback` when left out.
    public func bool(_ name: String, default fallback: Bool) throws -> Bool { has(name) ? try bool(name) : fallback }
    /// Parameter `name` as a string.
    public func string(_ name: String) throws -> String { try convert(name, "String", \.stringValue) }
    /// Parameter `name` as a string, or `fallback` when left out.
    public func string(_ name: String, default fallback: String?) throws -> String? {
        has(name) ? try string(name) : fallback
    }
    /// Parameter `name` as an array of values.
    public func array(_ name: String) throws -> [Value] { try convert(name, "Array", \.arrayValue) }
    /// Parameter `name` as an array of numbers.
    public func doubles(_ name: String) throws -> [Double] {
        try array(name).map { element in
            guard let number = element.doubleValue else { throw mismatch(name, expected: "[Double]", got: element) }
            return number
        }
    }
    /// Parameter `name` as a callable.
    public func function(_ name: String) throws -> Function { try convert(name, "Function", \.functionValue) }

    /// Parameter `name` as the library type `T`.
    public func native<T: ScriptNative>(_ name: String, as type: T.Type) throws -> T {
        let value = try value(name)
        guard let object = value.native(as: T.self) else { throw mismatch(name, expected: T.scriptTypeName, got: value) }
        return object
    }

    /// Parameter `name` as the library type `T`, or `nil` when left out.
    public func optionalNative<T: ScriptNative>(_ name: String, as type: T.Type) throws -> T? {
        has(name) ? try native(name, as: type) : nil
    }

    private func convert<T>(_ name: String, _ expected: String, _ extract: (Value) -> T?) throws -> T {
        let value = try value(name)
        guard let converted = extract(value) else { throw mismatch(name, expected: expected, got: value) }
        return converted
    }

    private func mismatch(_ name: String, expected: String, got value: Value) -> ScriptError {
        .argumentType(function: signature.selector, parameter: name, expected: expected, actual: value.typeName)
    }

    private func parameterType(_ name: String) -> String? {
        signature.parameters.first { $0.name == name }?.type
            .trimmingCharacters(in: CharacterSet(charactersIn: "?[]"))
    }
}
