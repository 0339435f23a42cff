/// A registered library type: its documentation and the members a script can reach.
///
/// Instance members receive the receiver as a `Value`; static members (`Model.load`,
/// `Task.tone`) receive `.void`.
public final class TypeDescriptor {
    /// A property: a documented getter.
    public struct Property {
        /// The property's type as documentation shows it.
        public let type: String
        /// The doc comment shown by inspect.
        public let doc: String
        /// Reads the property from its receiver.
        public let get: (Value) throws -> Value
    }

    /// The script name of the type.
    public let name: String
    /// The doc comment shown by inspect.
    public let doc: String
    /// Instance properties by name.
    public private(set) var properties: [String: Property] = [:]
    /// Instance methods by name; each is called with the receiver bound.
    public private(set) var methods: [String: (signature: Signature, doc: String, make: (Value) -> Function)] = [:]
    /// Static properties by name (also the targets of implicit members such as `.tone`).
    public private(set) var staticProperties: [String: Property] = [:]
    /// Static methods by name (`Model.load`).
    public private(set) var staticMethods: [String: Function] = [:]
    private unowned let registry: Registry

    init(name: String, doc: String, registry: Registry) {
        self.name = name
        self.doc = doc
        self.registry = registry
    }

    /// Declares an instance property of type `type` read by `get`.
    public func property(_ name: String, type: String, doc: String, get: @escaping (Value) throws -> Value) {
        properties[name] = Property(type: type, doc: doc, get: get)
    }

    /// Declares an instance method; `body` receives the receiver, the bound arguments and the context.
    public func method(
        _ signature: String, doc: String,
        body: @escaping (Value, BoundArguments, ScriptContext) throws -> Value
    ) {
        let parsed = Signature(signature)
        methods[parsed.name] = (parsed, doc, { [unowned registry] receiver in
            registry.bind([parsed], doc: doc) { arguments, context in try body(receiver, arguments, context) }
        })
    }

    /// Declares a static property, which also answers implicit members (`.name`) where this type is expected.
    public func staticProperty(_ name: String, type: String, doc: String, get: @escaping () throws -> Value) {
        staticProperties[name] = Property(type: type, doc: doc, get: { _ in try get() })
    }

    /// Declares a static method such as `Model.load(_:)`.
    public func staticMethod(
        _ signature: String, doc: String, body: @escaping (BoundArguments, ScriptContext) throws -> Value
    ) {
        let function = registry.bind([Signature(signature)], doc: doc, body: body)
        staticMethods[function.name] = function
    }

    /// The names of every instance member, for completion after `value.`.
    public var memberNames: [String] { (Array(properties.keys) + Array(methods.keys)).sorted() }
    /// The names of every static member, for completion after `Type.`.
    public var staticMemberNames: [String] { (Array(staticProperties.keys) + Array(staticMethods.keys)).sorted() }
}
