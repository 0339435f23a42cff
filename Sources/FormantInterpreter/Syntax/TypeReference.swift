/// A type annotation as the interpreter understands it: enough to convert literals and to check
/// values loosely (`let x: Double = 1` makes a Double; a String where an Int is declared is an error).
indirect enum TypeReference: Equatable {
    /// A named type: `Int`, `Double`, `String`, `Bool`, or a registered library type.
    case named(String)
    case array(TypeReference)
    case dictionary(TypeReference, TypeReference)
    case optional(TypeReference)
    case tuple([TypeReference])
    /// A function type; calls are checked when they happen.
    case function
    /// `Any` or a type the interpreter does not check.
    case any

    /// The type as Swift writes it.
    var text: String {
        switch self {
        case .named(let name): return name
        case .array(let element): return "[\(element.text)]"
        case .dictionary(let key, let value): return "[\(key.text): \(value.text)]"
        case .optional(let wrapped): return wrapped.text + "?"
        case .tuple(let elements): return "(" + elements.map(\.text).joined(separator: ", ") + ")"
        case .function: return "Function"
        case .any: return "Any"
        }
    }
}
