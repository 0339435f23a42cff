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
    ///   - overloads: Further declarations of the same function with other labels or label orders
    ///     (`profile(_ x:, measure:, tasks:)` beside `profile(_ x:, tasks:, measure:)`); a call binds to the
    ///     first declaration its labels fit. Parameters keep one name across them, so `body` reads them alike.
    ///   - doc: The doc comment shown by inspect.
    ///   - body: The implementation, given the arguments matched to the signature.
    public func function(
        _ signature: String, overloads: [String] = [], doc: String,
        body: @escaping (BoundArguments, ScriptContext) throws -> Value
    ) {
        let function = bind(([signature] + overloads).map { Signature($0) }, doc: doc, body: body)
        functions[function.name] = function
    }

    /// Registers a library type and lets `build` declare its members.
    public func type(_ name: String, doc: String, build: (TypeDescriptor) -> Void) {
        let descriptor = types[name] ?? TypeDescriptor(name: name, doc: doc, registry: self)
        build(descriptor)
        types[name] = descriptor
    }

    /// Wraps a body taking bound arguments as a callable that matches its caller's arguments first,
    /// to the first of the declarations `signatures` they fit.
    func bind(
        _ signatures: [Signature], doc: String, body: @escaping (BoundArguments, ScriptContext) throws -> Value
    ) -> Function {
        Function(signature: signatures[0], overloads: Array(signatures.dropFirst()), doc: doc) { [unowned self] arguments, context in
            try body(self.match(arguments, to: signatures), context)
        }
    }

    /// `arguments` bound to the first of `signatures` they fit; when none fits, the first one's error.
    private func match(_ arguments: Arguments, to signatures: [Signature]) throws -> BoundArguments {
        do {
            return try BoundArguments(arguments, to: signatures[0], registry: self)
        } catch {
            for overload in signatures.dropFirst() {
                if let bound = try? BoundArguments(arguments, to: overload, registry: self) { return bound }
            }
            throw error
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
