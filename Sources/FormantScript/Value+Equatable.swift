extension Value: Hashable {
    /// Structural equality for data, identity for functions; library objects compare by `Hashable`
    /// equality when they have it (enums such as a task kind), otherwise by identity.
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.void, .void), (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.int(a), .double(b)), let (.double(b), .int(a)): return Double(a) == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.dictionary(a), .dictionary(b)): return a == b
        case let (.tuple(a, la), .tuple(b, lb)): return a == b && la == lb
        case let (.range(a), .range(b)): return a == b
        case let (.symbol(a), .symbol(b)): return a == b
        case let (.function(a), .function(b)): return a === b
        case let (.native(a), .native(b)):
            if let left = a.object as? AnyHashable, let right = b.object as? AnyHashable { return left == right }
            guard let left = identity(a.object), let right = identity(b.object) else { return false }
            return left == right
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .void, .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .int(let i): hasher.combine(Double(i))
        case .double(let d): hasher.combine(d)
        case .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .dictionary(let d): hasher.combine(d)
        case .tuple(let a, _): hasher.combine(a)
        case .range(let r): hasher.combine(r)
        case .symbol(let s): hasher.combine(s)
        case .function(let f): hasher.combine(ObjectIdentifier(f))
        case .native(let n): hasher.combine(n.typeName)
        }
    }
}

/// The identity of a class instance; value types have none and compare unequal.
private func identity(_ object: Any) -> ObjectIdentifier? {
    guard type(of: object) is AnyClass else { return nil }
    return ObjectIdentifier(object as AnyObject)
}
