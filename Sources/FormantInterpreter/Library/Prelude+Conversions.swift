import FormantScript
import OrderedCollections

extension Prelude {
    static func registerConversions(in registry: Registry) {
        for name in ["Double", "Float"] {
            define(registry, "\(name)(_ value: Any) -> Double",
                   doc: "The value as a Double (scripts compute Floats as Doubles): from an Int or a Double, "
                       + "or parsed from a String (nil if it is not a number).") { args, _ in
                try double(from: try args.value("value"), function: "\(name)(_:)")
            }
        }
        define(registry, "Int(_ value: Any) -> Int",
               doc: "The value as an Int: a Double truncated toward zero, or parsed from a String (nil if it is not an integer).") {
            args, _ in
            switch try args.value("value") {
            case .int(let i): return .int(i)
            case .double(let d):
                guard let i = Int(exactly: d.rounded(.towardZero)) else { throw InterpreterError.conversionOverflow(String(d)) }
                return .int(i)
            case .string(let s): return Int(s.trimmingCharacters(in: .whitespaces)).map(Value.int) ?? .null
            case .bool(let b): return .int(b ? 1 : 0)
            case let other:
                throw InterpreterError.typeMismatch(expected: "Int", actual: other.typeName, context: "Int(_:) argument of type")
            }
        }
        define(registry,
               "String(_ value: Any = nil, describing: Any = nil, repeating: String = nil, count: Int = 0, format: String = nil, _ arguments: Any...) -> String",
               doc: "String(x) and String(describing: x): the value as print shows it. "
                   + "String(repeating: s, count: n): s repeated n times. "
                   + "String(format: \"%.3f\", x): printf-style formatting (%d, %f, %e, %g, %x, %@, %s).") { args, _ in
            if args.has("format") {
                return .string(try FormatString.format(try args.string("format"), try args.array("arguments")))
            }
            if args.has("repeating") {
                return .string(String(repeating: try args.string("repeating"), count: max(0, try args.int("count", default: 0))))
            }
            return .string((args["value"] ?? args["describing"] ?? .null).description)
        }
        define(registry, "Bool(_ text: String) -> Bool?", doc: "true or false parsed from \"true\"/\"false\", else nil.") {
            args, _ in
            Bool(try args.string("text")).map(Value.bool) ?? .null
        }
        define(registry, "Array(_ elements: Any = nil, repeating: Any = nil, count: Int = 0) -> Array",
               doc: "Array(sequence): the elements of a range, string or dictionary. "
                   + "Array(repeating: x, count: n): n copies of x. Array(): an empty array.") { args, _ in
            if args.has("repeating") {
                let count = try args.int("count", default: 0)
                guard count >= 0 else {
                    throw InterpreterError.negativeCount(function: "Array(repeating:count:)", count: count)
                }
                try SequenceIterator.checkLength(count)
                return .array(Array(repeating: try args.value("repeating"), count: count))
            }
            guard args.has("elements") else { return .array([]) }
            return .array(try SequenceIterator.elements(of: try args.value("elements")))
        }
        define(registry, "Dictionary(uniqueKeysWithValues keysAndValues: [(Key, Value)]) -> Dictionary",
               doc: "A dictionary from (key, value) pairs, e.g. Dictionary(uniqueKeysWithValues: zip(keys, values)).") {
            args, _ in
            var entries = OrderedDictionary<Value, Value>()
            for pair in try args.array("keysAndValues") {
                guard case .tuple(let parts, _) = pair, parts.count == 2 else {
                    throw InterpreterError.typeMismatch(expected: "(Key, Value)", actual: pair.typeName, context: "element of type")
                }
                entries[parts[0]] = parts[1]
            }
            return .dictionary(entries)
        }
        define(registry, "type(of value: Any) -> String", doc: "The name of the value's type.") { args, _ in
            .string(try args.value("value").typeName)
        }
    }

    private static func double(from value: Value, function: String) throws -> Value {
        switch value {
        case .int(let i): return .double(Double(i))
        case .double(let d): return .double(d)
        case .string(let s): return Double(s.trimmingCharacters(in: .whitespaces)).map(Value.double) ?? .null
        default:
            throw InterpreterError.typeMismatch(expected: "Double", actual: value.typeName, context: "\(function) argument of type")
        }
    }
}
