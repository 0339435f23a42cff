import FormantScript
import OrderedCollections

/// Thrown by a `?` link whose base is nil; caught by the enclosing optional chain.
struct OptionalChainStop: Error {}

extension Evaluator {
    /// Evaluates an expression in `scope`; errors get the expression's location and the call stack.
    func evaluate(_ expression: Expression, in scope: Scope) throws -> Value {
        do {
            return try evaluateKind(expression, in: scope)
        } catch let stop as OptionalChainStop {
            throw stop
        } catch {
            throw locate(error, at: expression.location)
        }
    }

    private func evaluateKind(_ expression: Expression, in scope: Scope) throws -> Value {
        switch expression.kind {
        case .literal(let value): return value
        case .interpolation(let parts):
            var text = ""
            for part in parts {
                switch part {
                case .text(let literal): text += literal
                case .value(let inner): text += try evaluate(inner, in: scope).description
                }
            }
            return .string(text)
        case .identifier(let name): return try lookup(name, in: scope)
        case .implicitMember(let name): return .symbol(name)
        case .array(let elements): return .array(Self.unifyNumbers(try elements.map { try evaluate($0, in: scope) }))
        case .dictionary(let entries): return try evaluate(dictionary: entries, in: scope)
        case .tuple(let elements, let labels):
            return .tuple(try elements.map { try evaluate($0, in: scope) }, labels: labels)
        case .member(let base, let name): return try member(name, of: base, in: scope)
        case .call(let callee, let arguments, let trailing):
            return try call(callee, arguments, trailingClosures: trailing, at: expression.location, in: scope)
        case .subscript(let base, let arguments):
            return try subscriptValue(try evaluate(base, in: scope), arguments, at: expression.location, in: scope)
        case .closure(let declaration): return .function(makeClosure(declaration, in: scope))
        case .prefix(let op, let operand):
            let value = try evaluate(operand, in: scope)
            return try Arithmetic.prefix(op, value)
        case .binary(let op, let left, let right, let literals):
            return try binary(op, try evaluate(left, in: scope), try evaluate(right, in: scope), literals: literals)
        case .logical(let isAnd, let left, let right):
            let first = try truth(left, in: scope, context: "operand of '\(isAnd ? "&&" : "||")'")
            if first != isAnd { return .bool(first) }
            return .bool(try truth(right, in: scope, context: "operand of '\(isAnd ? "&&" : "||")'"))
        case .nilCoalescing(let left, let right):
            let value = try evaluate(left, in: scope)
            if case .null = value { return try evaluate(right, in: scope) }
            return value
        case .range(let lower, let upper, let isClosed):
            guard let lower, let upper else { throw InterpreterError.unsupported("a one-sided range outside a subscript") }
            return try range(try evaluate(lower, in: scope), try evaluate(upper, in: scope), isClosed: isClosed)
        case .ternary(let condition, let then, let otherwise):
            return try evaluate(try truth(condition, in: scope, context: "condition") ? then : otherwise, in: scope)
        case .assignment(let target, let value):
            try assign(try evaluate(value, in: scope), to: target, in: scope)
            return .void
        case .compoundAssignment(let op, let target, let value):
            let right = try evaluate(value, in: scope)
            let literal = value.isIntegerLiteralArithmetic
            try modify(target, in: scope) { current in
                if op == "+", Self.appendInPlace(&current, right) { return }
                current = try binary(op, current, right, literals: (false, literal))
            }
            return .void
        case .discard: throw InterpreterError.notAssignable("'_' outside an assignment")
        case .forceUnwrap(let base):
            let value = try evaluate(base, in: scope)
            if case .null = value { throw InterpreterError.unexpectedNil("an Optional value") }
            return value
        case .optionalChain(let base):
            let value = try evaluate(base, in: scope)
            if case .null = value { throw OptionalChainStop() }
            return value
        case .optionalEvaluation(let chain):
            do { return try evaluate(chain, in: scope) } catch is OptionalChainStop { return .null }
        case .try(let inner, let kind):
            guard kind == .optional else { return try evaluate(inner, in: scope) }
            do { return try evaluate(inner, in: scope) } catch let error as RaisedError where error.name != "Interrupted" {
                return .null
            }
        case .ifValue(let node): return try evaluate(ifValue: node, in: scope)
        case .switchValue(let node): return try execute(switch: node, in: scope, wantsValue: true).1 ?? .void
        case .converted(let inner, let type):
            return try conversion.convert(try evaluate(inner, in: scope), to: type, context: "type")
        case .cast(let inner, let type, let kind):
            return try cast(try evaluate(inner, in: scope), to: type, kind, literal: inner.isIntegerLiteralArithmetic)
        }
    }

    /// The value of a name: a variable, a user function, a registered function.
    func lookup(_ name: String, in scope: Scope) throws -> Value {
        if let variable = scope.lookup(name) {
            guard let value = variable.value else { throw InterpreterError.uninitialized(name) }
            return value
        }
        if let function = registry.functions[name] { return .function(function) }
        if let function = operatorFunction(name) { return .function(function) }
        if let type = registry.types[name] {
            if let initializer = type.staticMethods["init"] { return .function(initializer) }
            throw InterpreterError.typeUsedAsValue(name, members: type.staticMemberNames)
        }
        throw undefinedName(name, in: scope)
    }

    /// An infix operator used as a function value (`reduce(0, +)`, `sorted(by: >)`).
    private func operatorFunction(_ op: String) -> Function? {
        guard let rule = OperatorPrecedence.rule(for: op), rule.strength >= 130, op != "is", op != "as" else { return nil }
        let parameters = [Signature.Parameter(label: nil, name: "lhs", type: "Any"),
                          Signature.Parameter(label: nil, name: "rhs", type: "Any")]
        return Function(signature: Signature(name: op, parameters: parameters, returnType: nil), doc: "") { [weak self] arguments, _ in
            guard let self, arguments.list.count == 2 else { throw InterpreterError.closureArity(expected: 2, actual: arguments.list.count) }
            return try self.binary(op, arguments.list[0].value, arguments.list[1].value, literals: (false, false))
        }
    }

    /// A binary operator, promoting integer-literal operands to Double next to a Double as Swift does.
    func binary(_ op: String, _ left: Value, _ right: Value, literals: (Bool, Bool)) throws -> Value {
        switch (left, right) {
        case (.int(let i), .double) where literals.0: return try Arithmetic.binary(op, .double(Double(i)), right)
        case (.double, .int(let i)) where literals.1: return try Arithmetic.binary(op, left, .double(Double(i)))
        case (.symbol(let member), _) where right.typeName != "ImplicitMember":
            if op == "==" || op == "!=" { return .bool(try implicitMember(member, equals: right) == (op == "==")) }
            return try binary(op, try resolve(member, near: right), right, literals: (false, literals.1))
        case (_, .symbol(let member)) where left.typeName != "ImplicitMember":
            if op == "==" || op == "!=" { return .bool(try implicitMember(member, equals: left) == (op == "==")) }
            return try binary(op, left, try resolve(member, near: left), literals: (literals.0, false))
        default: return try Arithmetic.binary(op, left, right)
        }
    }

    /// An implicit member next to `other` in an operation: a static member of its type, or of
    /// Double for numbers (`2 * .pi`).
    private func resolve(_ member: String, near other: Value) throws -> Value {
        if case .int = other, registry.types["Int"]?.staticProperties[member] == nil {
            return try registry.resolve(member: member, ofType: "Double")
        }
        guard registry.types[other.typeName] != nil else { throw InterpreterError.unresolvedImplicitMember(member) }
        return try registry.resolve(member: member, ofType: other.typeName)
    }

    /// `lower..<upper` or `lower...upper` over Ints.
    func range(_ lower: Value, _ upper: Value, isClosed: Bool) throws -> Value {
        guard case .int(let from) = lower, case .int(let to) = upper else {
            let bad = lower.intValue == nil ? lower : upper
            throw InterpreterError.typeMismatch(expected: "Int", actual: bad.typeName, context: "range bound of type")
        }
        if from > to { throw InterpreterError.invalidRange(lower: from, upper: to) }
        if (isClosed && to == .max) || to.subtractingReportingOverflow(from).overflow {
            throw InterpreterError.overflow(operator: isClosed ? "..." : "..<", left: String(from), right: String(to))
        }
        return .range(ScriptRange(lower: from, upper: to, isClosed: isClosed))
    }

    private func evaluate(dictionary entries: [(key: Expression, value: Expression)], in scope: Scope) throws -> Value {
        var keys: [Value] = []
        var values: [Value] = []
        for entry in entries {
            keys.append(try evaluate(entry.key, in: scope))
            values.append(try evaluate(entry.value, in: scope))
        }
        var dictionary = OrderedDictionary<Value, Value>()
        for (key, value) in zip(Self.unifyNumbers(keys), Self.unifyNumbers(values)) { dictionary[key] = value }
        return .dictionary(dictionary)
    }

    /// `array += other` and `string += other` append in place, as Swift does, instead of copying.
    static func appendInPlace(_ current: inout Value, _ tail: Value) -> Bool {
        if case .array(var elements) = current, case .array(let more) = tail {
            current = .void
            elements.append(contentsOf: more)
            current = .array(elements)
            return true
        }
        if case .string(var text) = current, case .string(let more) = tail {
            current = .void
            text += more
            current = .string(text)
            return true
        }
        return false
    }

    /// A collection literal mixing Int and Double elements is a `[Double]`, as in Swift.
    static func unifyNumbers(_ elements: [Value]) -> [Value] {
        var sawDouble = false
        for element in elements {
            switch element {
            case .double: sawDouble = true
            case .int: continue
            default: return elements
            }
        }
        guard sawDouble else { return elements }
        return elements.map { element in
            if case .int(let i) = element { return .double(Double(i)) }
            return element
        }
    }

    private func cast(_ value: Value, to type: TypeReference, _ kind: CastKind, literal: Bool) throws -> Value {
        switch kind {
        case .coerce:
            if case .named("Double") = type, case .int(let i) = value, literal { return .double(Double(i)) }
            guard conversion.isValue(value, ofType: type) else {
                throw InterpreterError.typeMismatch(expected: type.text, actual: value.typeName, context: "type")
            }
            return value
        case .check: return .bool(conversion.isValue(value, ofType: type))
        case .conditional: return conversion.isValue(value, ofType: type) ? value : .null
        case .forced:
            guard conversion.isValue(value, ofType: type) else {
                throw InterpreterError.castFailed(from: value.typeName, to: type.text)
            }
            return value
        }
    }
}
