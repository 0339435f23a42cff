import FormantCore
import FormantScript

/// A method of a builtin value type (Array, String, …), with the signature and doc that
/// completion and inspect show, as for registered library methods.
struct BuiltinMethod {
    /// How the method runs: reading its receiver, or changing it in place (`append`).
    enum Body {
        case reading((Value, BoundArguments, ScriptContext) throws -> Value)
        case mutating((inout Value, BoundArguments, ScriptContext) throws -> Value)
    }

    let signature: Signature
    let doc: String
    let body: Body

    /// Whether the method changes its receiver.
    var isMutating: Bool {
        if case .mutating = body { return true }
        return false
    }

    /// Runs the method on `receiver` with matched arguments.
    func call(_ receiver: inout Value, _ arguments: BoundArguments, _ context: ScriptContext) throws -> Value {
        switch body {
        case .reading(let run): return try run(receiver, arguments, context)
        case .mutating(let run): return try run(&receiver, arguments, context)
        }
    }

    /// The method as a value with its receiver bound (`let f = a.map`).
    func bound(to receiver: Value) -> Function {
        Function(signature: signature, doc: doc) { arguments, context in
            var copy = receiver
            return try call(&copy, try BoundArguments(arguments, to: signature, registry: context.registry), context)
        }
    }
}

/// A property of a builtin value type.
struct BuiltinProperty {
    /// The property's type as documentation shows it.
    let type: String
    let doc: String
    let get: (Value) throws -> Value
}

/// The members of one builtin value type; overloads share a name (`sorted()`, `sorted(by:)`).
struct BuiltinMembers {
    let typeName: String
    private(set) var properties: [String: BuiltinProperty] = [:]
    private(set) var methods: [String: [BuiltinMethod]] = [:]

    init(typeName: String) {
        self.typeName = typeName
    }

    /// Declares a property.
    mutating func property(_ name: String, _ type: String, _ doc: String, _ get: @escaping (Value) throws -> Value) {
        properties[name] = BuiltinProperty(type: type, doc: doc, get: get)
    }

    /// Declares a method that reads its receiver.
    mutating func method(
        _ signature: String, _ doc: String, _ body: @escaping (Value, BoundArguments, ScriptContext) throws -> Value
    ) {
        add(BuiltinMethod(signature: Signature(signature), doc: doc, body: .reading(body)))
    }

    /// Declares a method that changes its receiver.
    mutating func mutating(
        _ signature: String, _ doc: String, _ body: @escaping (inout Value, BoundArguments, ScriptContext) throws -> Value
    ) {
        add(BuiltinMethod(signature: Signature(signature), doc: doc, body: .mutating(body)))
    }

    /// Adds a method (an overload when the name exists).
    mutating func add(_ method: BuiltinMethod) {
        methods[method.signature.name, default: []].append(method)
    }

    /// Whether some overload of `name` changes its receiver.
    func isMutating(_ name: String) -> Bool { methods[name]?.contains { $0.isMutating } ?? false }

    /// Every member name, sorted, for completion.
    var names: [String] { (Array(properties.keys) + Array(methods.keys)).sorted() }

    /// The text inspect shows for member `name`.
    func documentation(of name: String) -> String? {
        if let property = properties[name] { return "var \(name): \(property.type)\n\n\(property.doc)" }
        guard let overloads = methods[name] else { return nil }
        return overloads.map { "func \($0.signature.text)\n\n\($0.doc)" }.joined(separator: "\n\n")
    }
}

/// The members of Swift's standard value types as scripts see them.
enum StandardMembers {
    /// The member table for `value`'s type, or `nil` for library values and others without builtin members.
    static func members(of value: Value) -> BuiltinMembers? {
        switch value {
        case .array: return array
        case .string: return string
        case .dictionary: return dictionary
        case .int: return int
        case .double: return double
        case .range: return range
        default: return nil
        }
    }

    static let array = BuiltinMembers.makeArray()
    static let string = BuiltinMembers.makeString()
    static let dictionary = BuiltinMembers.makeDictionary()
    static let int = BuiltinMembers.makeInt()
    static let double = BuiltinMembers.makeDouble()
    static let range = BuiltinMembers.makeRange(from: array)
}
