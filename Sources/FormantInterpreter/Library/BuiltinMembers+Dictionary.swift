import FormantScript
import OrderedCollections

extension BuiltinMembers {
    /// Swift's `Dictionary` members (elements are `(key: Key, value: Value)` tuples).
    static func makeDictionary() -> BuiltinMembers {
        var m = BuiltinMembers(typeName: "Dictionary")
        m.property("count", "Int", "The number of entries.") { .int(try entries($0).count) }
        m.property("isEmpty", "Bool", "Whether there are no entries.") { .bool(try entries($0).isEmpty) }
        m.property("keys", "[Key]", "The keys, in insertion order.") { .array(try entries($0).keys.elements) }
        m.property("values", "[Value]", "The values, in insertion order.") { .array(try entries($0).values.elements) }
        m.mutating("removeValue(forKey key: Key) -> Value?", "Removes the entry for key and returns its value, or nil.") {
            receiver, args, _ in
            let key = try args.value("key")
            var removed = Value.null
            try editEntries(&receiver) { removed = $0.removeValue(forKey: key) ?? .null }
            return removed
        }
        m.mutating("updateValue(_ value: Value, forKey key: Key) -> Value?", "Sets the value for key; returns the old one.") {
            receiver, args, _ in
            let key = try args.value("key")
            let value = try args.value("value")
            var old = Value.null
            try editEntries(&receiver) { old = $0.updateValue(value, forKey: key) ?? .null }
            return old
        }
        m.mutating("removeAll()", "Removes every entry.") { receiver, _, _ in
            try editEntries(&receiver) { $0.removeAll() }
            return .void
        }
        m.method("mapValues(_ transform: (Value) -> T) -> [Key: T]", "The dictionary with transform applied to each value.") {
            receiver, args, context in
            let transform = try args.function("transform")
            var result = OrderedDictionary<Value, Value>()
            for (key, value) in try entries(receiver) { result[key] = try transform.call([value], in: context) }
            return .dictionary(result)
        }
        m.method("filter(_ isIncluded: ((key: Key, value: Value)) -> Bool) -> [Key: Value]",
                 "The entries the predicate accepts.") { receiver, args, context in
            let predicate = try args.function("isIncluded")
            return .dictionary(try entries(receiver).filter { try predicate.test([pair($0.key, $0.value)], in: context) })
        }
        for name in ["map", "sorted", "contains", "forEach", "first", "min", "max", "reduce", "compactMap", "allSatisfy"] {
            for method in StandardMembers.array.methods[name] ?? [] { m.add(method) }
        }
        return m
    }

    private static func entries(_ value: Value) throws -> OrderedDictionary<Value, Value> {
        guard case .dictionary(let entries) = value else {
            throw InterpreterError.typeMismatch(expected: "Dictionary", actual: value.typeName, context: "receiver of type")
        }
        return entries
    }

    private static func pair(_ key: Value, _ value: Value) -> Value {
        .tuple([key, value], labels: ["key", "value"])
    }

    private static func editEntries(_ receiver: inout Value, _ change: (inout OrderedDictionary<Value, Value>) -> Void) throws {
        var entries = try entries(receiver)
        receiver = .void
        change(&entries)
        receiver = .dictionary(entries)
    }
}
