import FormantScript

extension Evaluator {
    /// `base.name`: a static member of a registered type, or a member of the base's value.
    func member(_ name: String, of base: Expression, in scope: Scope) throws -> Value {
        if let type = staticType(base, in: scope) {
            if let property = type.staticProperties[name] { return try property.get(.void) }
            if let method = type.staticMethods[name] { return .function(method) }
            throw InterpreterError.noStaticMember(
                type: type.name, member: name, suggestion: EditDistance.suggestion(for: name, among: type.staticMemberNames))
        }
        return try memberValue(name, of: try evaluate(base, in: scope))
    }

    /// A property (or bound method) of a value.
    func memberValue(_ name: String, of value: Value) throws -> Value {
        if case .native(let object) = value, let type = registry.types[object.typeName] {
            if let property = type.properties[name] { return try property.get(value) }
            if let method = type.methods[name] { return .function(method.make(value)) }
        }
        if case .tuple(let elements, let labels) = value {
            if let index = labels.firstIndex(of: name) ?? Int(name), elements.indices.contains(index) {
                return elements[index]
            }
        }
        if let members = StandardMembers.members(of: value) {
            if let property = members.properties[name] { return try property.get(value) }
            if let candidates = members.methods[name], let method = candidates.first, !method.isMutating {
                return .function(method.bound(to: value))
            }
        }
        throw InterpreterError.noMember(type: value.typeName, member: name,
                                        suggestion: EditDistance.suggestion(for: name, among: memberNames(of: value)))
    }

    /// The registered method `name` of a library value, if its type has one.
    func nativeMethod(_ name: String, of value: Value)
        -> (signature: Signature, doc: String, make: (Value) -> Function)?
    {
        guard case .native(let object) = value else { return nil }
        return registry.types[object.typeName]?.methods[name]
    }

    /// The elements of a library value for `for … in`: its `elements` property, or `count`
    /// calls of its `subscript` method.
    func nativeElements(of value: Value, at location: SourceLocation) throws -> [Value]? {
        guard case .native(let object) = value, let type = registry.types[object.typeName] else { return nil }
        if let elements = type.properties["elements"] { return try SequenceIterator.elements(of: try elements.get(value)) }
        guard let count = try type.properties["count"]?.get(value).intValue, let subscriptMethod = type.methods["subscript"]
        else { return nil }
        let element = subscriptMethod.make(value)
        return try (0..<max(0, count)).map { index in
            try checkCancellation(at: location)
            return try invoke(element, [Argument(label: nil, value: .int(index))], trailingClosures: 0, at: location)
        }
    }

    /// Every member name completion offers for a value.
    func memberNames(of value: Value) -> [String] {
        var names: [String] = []
        if case .native(let object) = value, let type = registry.types[object.typeName] { names += type.memberNames }
        if case .tuple(let elements, let labels) = value {
            names += labels.compactMap { $0 } + elements.indices.map(String.init)
        }
        if let members = StandardMembers.members(of: value) { names += members.names }
        return names
    }

    /// `base[arguments]`: array elements and slices, dictionary lookups (`default:` too), and
    /// library values whose type registers a `subscript` method (`corpus[3]`).
    func subscriptValue(_ base: Value, _ arguments: [CallArgument], at location: SourceLocation, in scope: Scope)
        throws -> Value
    {
        if let method = nativeMethod("subscript", of: base) {
            return try invoke(method.make(base), try evaluate(arguments: arguments, in: scope), trailingClosures: 0,
                              at: location)
        }
        let index = try subscriptIndex(arguments, count: base.arrayLikeCount, in: scope)
        switch (base, index) {
        case (.array(let elements), .position(let position)):
            guard elements.indices.contains(position) else {
                throw InterpreterError.indexOutOfRange(index: position, count: elements.count)
            }
            return elements[position]
        case (.array(let elements), .slice(let range)):
            return .array(Array(elements[try checked(range, count: elements.count)]))
        case (.range(let range), .position(let position)):
            guard position >= 0, position < range.count else {
                throw InterpreterError.indexOutOfRange(index: position, count: range.count)
            }
            return .int(range.lower + position)
        case (.dictionary(let entries), .key(let key, let fallback)):
            return entries[key] ?? fallback ?? .null
        case (.string, .position), (.string, .slice):
            throw InterpreterError.stringIntegerSubscript
        case (.tuple, _), (.native, _), (.function, _), (.void, _), (.null, _), (.bool, _), (.int, _), (.double, _):
            throw InterpreterError.notSubscriptable(base.typeName)
        default:
            throw InterpreterError.wrongSubscript(type: base.typeName, index: index.description)
        }
    }

    /// What a subscript's arguments select.
    enum SubscriptIndex: CustomStringConvertible {
        case position(Int)
        case slice(Range<Int>)
        case key(Value, default: Value?)

        var description: String {
            switch self {
            case .position: return "Int"
            case .slice: return "Range<Int>"
            case .key(let key, _): return key.typeName
            }
        }
    }

    /// Evaluates subscript arguments; one-sided ranges (`a[2...]`) are completed with `count`.
    func subscriptIndex(_ arguments: [CallArgument], count: Int?, in scope: Scope) throws -> SubscriptIndex {
        guard let first = arguments.first, first.label == nil, arguments.count <= 2 else {
            throw InterpreterError.wrongSubscript(type: "this value", index: "these arguments")
        }
        var fallback: Value?
        if arguments.count == 2 {
            guard arguments[1].label == "default" else {
                throw InterpreterError.wrongSubscript(type: "this value", index: "'\(arguments[1].label ?? "_"):'")
            }
            fallback = try evaluate(arguments[1].value, in: scope)
        }
        if case .range(let lower, let upper, let isClosed) = first.value.kind, lower == nil || upper == nil {
            let from = try lower.map { try integer(evaluate($0, in: scope), "range bound") } ?? 0
            let to = try upper.map { bound -> Int in
                let value = try integer(evaluate(bound, in: scope), "range bound")
                guard isClosed else { return value }
                let (next, overflow) = value.addingReportingOverflow(1)
                if overflow { throw InterpreterError.overflow(operator: "...", left: "", right: String(value)) }
                return next
            } ?? (count ?? 0)
            guard from <= to else { throw InterpreterError.invalidRange(lower: from, upper: to) }
            return .slice(from..<to)
        }
        let value = try evaluate(first.value, in: scope)
        switch value {
        case .int(let position) where fallback == nil && count != nil: return .position(position)
        case .range(let range) where count != nil: return .slice(range.lower..<range.end)
        default: return .key(value, default: fallback)
        }
    }

    private func integer(_ value: Value, _ context: String) throws -> Int {
        guard case .int(let i) = value else {
            throw InterpreterError.typeMismatch(expected: "Int", actual: value.typeName, context: context)
        }
        return i
    }

    /// `range` if it lies within a collection of `count` elements.
    func checked(_ range: Range<Int>, count: Int) throws -> Range<Int> {
        guard range.lowerBound >= 0, range.upperBound <= count else {
            throw InterpreterError.rangeOutOfBounds(range: "\(range.lowerBound)..<\(range.upperBound)", count: count)
        }
        return range
    }
}

extension Value {
    /// The element count of values indexed by position (arrays, ranges, strings), else `nil`.
    var arrayLikeCount: Int? {
        switch self {
        case .array(let elements): return elements.count
        case .range(let range): return range.count
        case .string(let text): return text.count
        default: return nil
        }
    }
}
