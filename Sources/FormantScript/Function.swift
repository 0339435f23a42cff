/// Something a script can call: a builtin, a method bound to its receiver, a user `func` or a closure.
///
/// Every callable carries the text that inspect shows: its signature and its documentation
/// (a builtin's registered doc comment, a user function's leading `///` comment).
public final class Function {
    /// How a call runs: the caller's arguments in, the result out.
    public typealias Body = (Arguments, ScriptContext) throws -> Value

    /// The declared shape; its labels drive argument matching for builtins and completion.
    public let signature: Signature
    /// Further shapes a builtin also accepts (Swift overloads differing in labels), tried in order after `signature`.
    public let overloads: [Signature]
    /// The documentation shown by inspect.
    public let doc: String
    private let body: Body

    /// A callable with a signature (and any overloads), its documentation and the code that runs on a call.
    public init(signature: Signature, overloads: [Signature] = [], doc: String, body: @escaping Body) {
        self.signature = signature
        self.overloads = overloads
        self.doc = doc
        self.body = body
    }

    /// The function's name.
    public var name: String { signature.name }

    /// Every shape the function accepts, `signature` first, as inspect and completion show them.
    public var signatures: [Signature] { [signature] + overloads }

    /// Calls the function with already evaluated arguments.
    public func call(_ arguments: Arguments, in context: ScriptContext) throws -> Value {
        try body(arguments, context)
    }

    /// Calls the function with unlabelled positional arguments, as library code calls a user closure.
    public func call(_ values: [Value], in context: ScriptContext) throws -> Value {
        try body(Arguments(values.map { Argument(label: nil, value: $0) }, callee: name), context)
    }
}

/// One argument of a call: its label (`nil` when unlabelled) and its value.
public struct Argument {
    /// The label the caller wrote, if any.
    public var label: String?
    /// The evaluated value.
    public var value: Value

    /// An argument with an optional label.
    public init(label: String?, value: Value) {
        self.label = label
        self.value = value
    }
}

/// The evaluated arguments of a call, in the order the caller wrote them.
public struct Arguments {
    /// The arguments as written.
    public var list: [Argument]
    /// The name of the function called, for error messages.
    public var callee: String

    /// Arguments of a call to `callee`.
    public init(_ list: [Argument], callee: String) {
        self.list = list
        self.callee = callee
    }
}
