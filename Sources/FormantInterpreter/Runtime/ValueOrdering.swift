import FormantScript

/// The order Swift's `Comparable` gives script values: numbers, strings, and tuples lexicographically.
enum ValueOrdering {
    /// Negative, zero or positive as `left` sorts before, with or after `right`.
    static func compare(_ left: Value, _ right: Value) throws -> Int {
        switch (left, right) {
        case let (.int(a), .int(b)): return a < b ? -1 : (a > b ? 1 : 0)
        case let (.double(a), .double(b)): return a < b ? -1 : (a > b ? 1 : 0)
        case let (.int(a), .double(b)): return Double(a) < b ? -1 : (Double(a) > b ? 1 : 0)
        case let (.double(a), .int(b)): return a < Double(b) ? -1 : (a > Double(b) ? 1 : 0)
        case let (.string(a), .string(b)): return a < b ? -1 : (a > b ? 1 : 0)
        case let (.tuple(a, _), .tuple(b, _)) where a.count == b.count:
            for (x, y) in zip(a, b) {
                let order = try compare(x, y)
                if order != 0 { return order }
            }
            return 0
        default:
            throw InterpreterError.incomparable(left.typeName, right.typeName)
        }
    }

    /// Whether `left < right`.
    static func less(_ left: Value, _ right: Value) throws -> Bool { try compare(left, right) < 0 }
}
