import FormantScript

extension Evaluator {
    /// Whether every condition of an `if`/`guard`/`while` holds, binding `if let` names in `scope`.
    func holds(_ conditions: [Condition], in scope: Scope) throws -> Bool {
        for condition in conditions {
            switch condition {
            case .boolean(let expression):
                guard try truth(expression, in: scope, context: "condition") else { return false }
            case .optionalBinding(let pattern, let expression, let isMutable):
                let value = try evaluate(expression, in: scope)
                if case .null = value { return false }
                try bind(pattern, to: value, isMutable: isMutable, declaredType: nil, in: scope)
            case .matches(let pattern, let expression):
                guard try match(pattern, try evaluate(expression, in: scope), in: scope) else { return false }
            }
        }
        return true
    }

    /// Evaluates a Boolean; anything else is an error naming the `context` (condition, where clause…).
    func truth(_ expression: Expression, in scope: Scope, context: String) throws -> Bool {
        let value = try evaluate(expression, in: scope)
        guard case .bool(let flag) = value else {
            throw locate(InterpreterError.notBoolean(context: context, actual: value.typeName), at: expression.location)
        }
        return flag
    }

    /// Whether `value` matches a `case` pattern; bound names go into `scope`.
    func match(_ pattern: Pattern, _ value: Value, in scope: Scope) throws -> Bool {
        switch pattern {
        case .wildcard:
            return true
        case .binding(let name):
            try declare(name, Variable(value: value, isMutable: false, type: nil), in: scope)
            return true
        case .tuple(let patterns):
            guard case .tuple(let elements, _) = value, elements.count == patterns.count else { return false }
            for (element, inner) in zip(elements, patterns) where !(try match(inner, element, in: scope)) {
                return false
            }
            return true
        case .optional(let inner):
            if case .null = value { return false }
            return try match(inner, value, in: scope)
        case .expression(let expression):
            return try matches(expression, value, in: scope)
        }
    }

    /// Swift's `~=`: ranges contain, implicit members name, other values equal.
    private func matches(_ expression: Expression, _ value: Value, in scope: Scope) throws -> Bool {
        switch expression.kind {
        case .range(let lower, let upper, let isClosed):
            guard let number = value.doubleValue else { return false }
            if let lower, number < (try bound(lower, in: scope)) { return false }
            guard let upper else { return true }
            let limit = try bound(upper, in: scope)
            return isClosed ? number <= limit : number < limit
        case .implicitMember(let member):
            return try implicitMember(member, equals: value)
        default:
            var candidate = try evaluate(expression, in: scope)
            if case .double = value, case .int(let i) = candidate, expression.isIntegerLiteralArithmetic {
                candidate = .double(Double(i))
            }
            return candidate == value
        }
    }

    private func bound(_ expression: Expression, in scope: Scope) throws -> Double {
        let value = try evaluate(expression, in: scope)
        guard let number = value.doubleValue else {
            throw locate(InterpreterError.typeMismatch(expected: "Double", actual: value.typeName, context: "range bound"),
                         at: expression.location)
        }
        return number
    }

    /// Whether the implicit member `.member` denotes `value` (a symbol, or a static property of its type).
    func implicitMember(_ member: String, equals value: Value) throws -> Bool {
        switch value {
        case .symbol(let name): return name == member
        case .string(let text): return text == member
        case .null: return member == "none"
        default:
            guard registry.types[value.typeName]?.staticProperties[member] != nil else { return false }
            return try registry.resolve(member: member, ofType: value.typeName) == value
        }
    }
}
