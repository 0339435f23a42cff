import OrderedCollections

/// A value of the Formant script language.
///
/// Scalars, collections and ranges behave as in Swift (value semantics). `symbol` is an implicit
/// member such as `.tone`, resolved by the function that receives it; `function` is anything
/// callable; `native` wraps a library value (a tensor, a model, a corpus, a figure).
public enum Value {
    /// The empty tuple `()`, what a statement or a function without result gives.
    case void
    /// `nil`.
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([Value])
    case dictionary(OrderedDictionary<Value, Value>)
    /// A tuple, with its element labels (`nil` for unlabelled elements).
    case tuple([Value], labels: [String?])
    case range(ScriptRange)
    /// An implicit member expression such as `.tone`, not yet resolved against a type.
    case symbol(String)
    case function(Function)
    case native(NativeObject)
}

/// An integer range: `a..<b` or `a...b`.
public struct ScriptRange: Hashable, Sendable {
    /// The first element.
    public var lower: Int
    /// The bound written after the operator.
    public var upper: Int
    /// Whether `upper` belongs to the range (`...`) or not (`..<`).
    public var isClosed: Bool

    /// A range from `lower` to `upper`, closed or half-open.
    public init(lower: Int, upper: Int, isClosed: Bool) {
        self.lower = lower
        self.upper = upper
        self.isClosed = isClosed
    }

    /// One past the last element.
    public var end: Int { isClosed ? upper + 1 : upper }
    /// The number of elements.
    public var count: Int { Swift.max(0, end - lower) }
    /// The elements as a Swift range.
    public var indices: Range<Int> { lower..<Swift.max(lower, end) }
}

/// A library value inside the script language, with the script type name that finds its members.
public struct NativeObject {
    /// The name the value's type is registered under (`Tensor`, `Model`, …).
    public let typeName: String
    /// The library value itself.
    public let object: Any
    /// Library data that travels with this value without being part of it (the embeddings a layer
    /// tensor was taken from), or `nil`. Only bindings read it; the language never looks inside,
    /// and a value computed from this one starts without it.
    public let attachment: Any?

    /// Wraps `object` as a value of the registered type `typeName`, with an optional `attachment`.
    public init(typeName: String, object: Any, attachment: Any? = nil) {
        self.typeName = typeName
        self.object = object
        self.attachment = attachment
    }
}

/// A library type that can travel through scripts as a `native` value.
///
/// The bindings in `FormantBuiltins` declare these conformances, so domain libraries stay
/// unaware of the language.
public protocol ScriptNative {
    /// The name under which the type's members are registered.
    static var scriptTypeName: String { get }
}

extension Value {
    /// Wraps a library value.
    public static func native<T: ScriptNative>(_ object: T) -> Value {
        .native(NativeObject(typeName: T.scriptTypeName, object: object))
    }

    /// The script type name of this value, as messages and completion show it.
    public var typeName: String {
        switch self {
        case .void: return "Void"
        case .null: return "Optional"
        case .bool: return "Bool"
        case .int: return "Int"
        case .double: return "Double"
        case .string: return "String"
        case .array: return "Array"
        case .dictionary: return "Dictionary"
        case .tuple: return "Tuple"
        case .range: return "Range"
        case .symbol: return "ImplicitMember"
        case .function: return "Function"
        case .native(let object): return object.typeName
        }
    }
}
