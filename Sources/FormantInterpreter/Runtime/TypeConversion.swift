import FormantScript

/// Loose static typing at run time: converting values to declared types (`let x: Double = 1`),
/// inferring a variable's type from its first value, and `is`/`as?` checks.
struct TypeConversion {
    let registry: Registry

    /// `value` as a value of `type`: Ints widen to Double, implicit members resolve, collections
    /// convert element-wise; a value of another type is an error naming both types.
    func convert(_ value: Value, to type: TypeReference, context: String = "specified type") throws -> Value {
        switch (type, value) {
        case (.any, _), (.function, _): return value
        case (.optional, .null): return .null
        case (.optional(let wrapped), _): return try convert(value, to: wrapped, context: context)
        case (.named(let name), _): return try convert(value, toNamed: name, context: context)
        case (.array(let element), .array(let elements)):
            if element == .any { return value }
            return .array(try elements.map { try convert($0, to: element, context: context) })
        case (.array(let element), .range(let range)):
            return try convert(.array(range.indices.map(Value.int)), to: .array(element), context: context)
        case (.dictionary(let keyType, let valueType), .dictionary(let entries)):
            if keyType == .any && valueType == .any { return value }
            var converted = entries
            for (key, entry) in entries {
                converted[try convert(key, to: keyType, context: context)] = try convert(entry, to: valueType, context: context)
            }
            return .dictionary(converted)
        case (.tuple(let types), .tuple(let elements, let labels)) where types.count == elements.count:
            return .tuple(try zip(elements, types).map { try convert($0, to: $1, context: context) }, labels: labels)
        default:
            throw InterpreterError.typeMismatch(expected: type.text, actual: value.typeName, context: context)
        }
    }

    private func convert(_ value: Value, toNamed name: String, context: String) throws -> Value {
        switch (name, value) {
        case ("Double", .int(let i)), ("Float", .int(let i)): return .double(Double(i))
        case ("Double", .double), ("Float", .double), ("Int", .int), ("String", .string), ("Bool", .bool): return value
        case (_, .symbol(let member)): return try registry.resolve(member: member, ofType: name)
        case ("Double", _), ("Float", _), ("Int", _), ("String", _), ("Bool", _):
            throw InterpreterError.typeMismatch(expected: name, actual: value.typeName, context: context)
        case (_, .native(let object)) where registry.types[name] != nil && object.typeName != name:
            throw InterpreterError.typeMismatch(expected: name, actual: object.typeName, context: context)
        default:
            return value
        }
    }

    /// Whether `value` is a `type` (for `is`, `as?` and `as!`).
    func isValue(_ value: Value, ofType type: TypeReference) -> Bool {
        switch (type, value) {
        case (.any, _): return true
        case (.optional(let wrapped), _): return value == .null || isValue(value, ofType: wrapped)
        case (.named("Double"), .double), (.named("Int"), .int), (.named("String"), .string), (.named("Bool"), .bool):
            return true
        case (.named(let name), .native(let object)): return object.typeName == name
        case (.array(let element), .array(let elements)): return elements.allSatisfy { isValue($0, ofType: element) }
        case (.dictionary(let k, let v), .dictionary(let entries)):
            return entries.allSatisfy { isValue($0.key, ofType: k) && isValue($0.value, ofType: v) }
        case (.tuple(let types), .tuple(let elements, _)):
            return types.count == elements.count && zip(elements, types).allSatisfy { isValue($0, ofType: $1) }
        case (.function, .function): return true
        default: return false
        }
    }

    /// The type Swift would infer for a variable first given `value`, so that later assignments
    /// keep it (`var x = 0.0; x = 1` stores a Double).
    static func inferredType(of value: Value) -> TypeReference? {
        switch value {
        case .int: return .named("Int")
        case .double: return .named("Double")
        case .string: return .named("String")
        case .bool: return .named("Bool")
        case .array(let elements):
            guard let first = elements.first, let element = inferredType(of: first) else { return nil }
            return .array(element)
        default: return nil
        }
    }
}
