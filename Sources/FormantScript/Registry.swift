/// The one place through which library functions and types reach the script language.
///
/// `FormantBuiltins` registers every library's functions and types here with their signature
/// and doc comment; the interpreter looks names up here to call them, to complete them and to
/// show their documentation on inspect. Adding a library function never touches the interpreter.
public final class Registry {
    /// Global functions by name (`svcca`, `plot`, `display`).
    public private(set) var functions: [String: Function] = [:]
    /// Registered library types by script name (`Tensor`, `Model`, `Corpus`).
    public private(set) var types: [String: TypeDescriptor] = [:]

    /// An empty registry.
    public init() {}

    /// Registers a global function.
    ///
    /// - Parameters:
    ///   - signature: Swift declaration text, e.g. `pca(_ x: Tensor, _ k: Int) -> PCA`; its labels
    ///     drive argument matching and completion.
    ///   - doc: The doc comment shown by inspect.
    ///   - body: The implementation, given the arguments matched to the signature.
    public func function(
        _ signature: String, doc: String, body: @escaping (BoundArguments, ScriptContext) throws -> Value
    ) {
        let function = bind(Signature(signature), doc: doc, body: body)
        functions[function.name] = function
    }

    /// Registers a library type and lets `build` declare its members.
    public func type(_ name: String, doc: String, build: (TypeDescriptor) -> Void) {
        let descriptor = types[name] ?? TypeDescriptor(name: name, doc: doc, registry: self)
        build(descriptor)
        types[name] = descriptor
    }

    /// Wraps a body taking bound arguments as a callable that matches its caller's arguments first.
    func bind(
        _ signature: Signature, doc: String, body: @escaping (BoundArguments, ScriptContext) throws -> Value
    ) -> Function {
        Function(signature: signature, doc: doc) { [unowned self] arguments, context in
            try body(BoundArguments(arguments, to: signature, registry: self), context)
        }
    }

    /// Resolves an implicit member such as `.tone` against the type a parameter declares.
    public func resolve(member: String, ofType typeName: String) throws -> Value {
        guard let type = types[typeName] else { return .symbol(member) }
        guard let property = type.staticProperties[member] else {
            throw ScriptError.unknownMember(type: typeName, member: member, known: type.staticProperties.keys.sorted())
        }
        return try property.get(.void)
    }
}
