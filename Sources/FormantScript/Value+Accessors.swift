extension Value {
    /// The integer inside, if this is an `Int`.
    public var intValue: Int? {
        if case .int(let i) = self { return i }
        return nil
    }

    /// The number inside, widening an `Int`.
    public var doubleValue: Double? {
        switch self {
        case .double(let d): return d
        case .int(let i): return Double(i)
        default: return nil
        }
    }

    /// The Boolean inside, if this is a `Bool`.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The text inside, if this is a `String`.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The elements, if this is an `Array` (a range gives its integers).
    public var arrayValue: [Value]? {
        switch self {
        case .array(let a): return a
        case .range(let r): return r.indices.map(Value.int)
        default: return nil
        }
    }

    /// The callable inside, if this is a `Function`.
    public var functionValue: Function? {
        if case .function(let f) = self { return f }
        return nil
    }

    /// The library value inside, if it is of type `T`.
    public func native<T>(as type: T.Type) -> T? {
        if case .native(let object) = self { return object.object as? T }
        return nil
    }
}
