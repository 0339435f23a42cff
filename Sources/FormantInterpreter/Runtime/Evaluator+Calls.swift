import FormantScript

extension Evaluator {
    /// Evaluates a call: a method of a value or type, a user function, a closure or a builtin.
    func call(
        _ callee: Expression, _ arguments: [CallArgument], trailingClosures: Int, at location: SourceLocation,
        in scope: Scope
    ) throws -> Value {
        if case .member(let base, let name) = callee.kind {
            return try callMember(name, of: base, arguments, trailingClosures: trailingClosures, at: location, in: scope)
        }
        let target = try evaluate(callee, in: scope)
        let values = try evaluate(arguments: arguments, in: scope)
        guard case .function(let function) = target else { throw InterpreterError.notCallable(target.typeName) }
        return try invoke(function, values, trailingClosures: trailingClosures, at: location)
    }

    private func callMember(
        _ name: String, of base: Expression, _ arguments: [CallArgument], trailingClosures: Int,
        at location: SourceLocation, in scope: Scope
    ) throws -> Value {
        if let type = staticType(base, in: scope) {
            let values = try evaluate(arguments: arguments, in: scope)
            guard let function = type.staticMethods[name] else {
                throw InterpreterError.noStaticMember(
                    type: type.name, member: name,
                    suggestion: EditDistance.suggestion(for: name, among: type.staticMemberNames))
            }
            return try invoke(function, values, trailingClosures: trailingClosures, at: location)
        }
        var receiver = try evaluate(base, in: scope)
        var values = promotingLiteralSeed(
            of: name, on: receiver, try evaluate(arguments: arguments, in: scope), written: arguments)
        if name == "append" || name == "insert", let element = elementType(of: base, in: scope) {
            values = try values.map { argument in
                let type: TypeReference? = argument.label == nil ? element : argument.label == "contentsOf" ? .array(element) : nil
                guard let type else { return argument }
                return Argument(label: argument.label, value: try conversion.convert(argument.value, to: type, context: "element type"))
            }
        }
        if let members = StandardMembers.members(of: receiver), members.isMutating(name) {
            guard base.isAssignable else {
                throw InterpreterError.mutatingImmutable(member: name, reason: "the value is not a variable")
            }
            receiver = .void  // drop this copy so the stored value is changed in place, not copied
            return try modify(base, in: scope, mutatingMember: name) { value in
                try callMethod(name, on: &value, values, trailingClosures: trailingClosures, at: location)
            }
        }
        return try callMethod(name, on: &receiver, values, trailingClosures: trailingClosures, at: location)
    }

    /// Calls method `name` of `receiver` (mutating builtin methods change it in place).
    func callMethod(
        _ name: String, on receiver: inout Value, _ values: [Argument], trailingClosures: Int,
        at location: SourceLocation
    ) throws -> Value {
        if let method = nativeMethod(name, of: receiver) {
            return try invoke(method.make(receiver), values, trailingClosures: trailingClosures, at: location)
        }
        if let members = StandardMembers.members(of: receiver), let candidates = members.methods[name] {
            return try callBuiltin(candidates, on: &receiver, values, trailingClosures: trailingClosures, at: location)
        }
        let property = try memberValue(name, of: receiver)
        guard case .function(let function) = property else { throw InterpreterError.notCallable(property.typeName) }
        return try invoke(function, values, trailingClosures: trailingClosures, at: location)
    }

    /// Picks the first overload whose labels fit the arguments (`sorted()`, `sorted(by:)`) and calls it.
    private func callBuiltin(
        _ candidates: [BuiltinMethod], on receiver: inout Value, _ values: [Argument], trailingClosures: Int,
        at location: SourceLocation
    ) throws -> Value {
        var firstError: Error?
        for method in candidates {
            let arguments = Self.arguments(values, trailingClosures: trailingClosures, for: method.signature)
            let bound: BoundArguments
            do {
                bound = try BoundArguments(arguments, to: method.signature, registry: registry)
            } catch {
                firstError = firstError ?? error
                continue
            }
            guard Self.closuresFit(bound) else {
                firstError = firstError ?? InterpreterError.closureForValue(function: method.signature.selector)
                continue
            }
            return try withCallSite(location) { try method.call(&receiver, bound, context) }
        }
        throw firstError ?? InterpreterError.notCallable(receiver.typeName)
    }

    /// Whether every closure argument went to a function-typed parameter, so `contains { … }`
    /// picks `contains(where:)` rather than `contains(_:)`.
    static func closuresFit(_ bound: BoundArguments) -> Bool {
        bound.signature.parameters.allSatisfy { parameter in
            guard case .function = bound[parameter.name] else { return true }
            return parameter.type.contains("->")
        }
    }

    /// Calls `function` from the call at `location`.
    func invoke(_ function: Function, _ values: [Argument], trailingClosures: Int, at location: SourceLocation) throws -> Value {
        let arguments = Self.arguments(values, trailingClosures: trailingClosures, for: function.signature)
        return try withCallSite(location) { try function.call(arguments, in: context) }
    }

    private func withCallSite<T>(_ location: SourceLocation, _ body: () throws -> T) throws -> T {
        let saved = currentCallSite
        currentCallSite = location
        defer { currentCallSite = saved }
        return try body()
    }

    /// Evaluates call arguments in order.
    func evaluate(arguments: [CallArgument], in scope: Scope) throws -> [Argument] {
        try arguments.map { Argument(label: $0.label, value: try evaluate($0.value, in: scope)) }
    }

    /// The arguments with the first trailing closure labelled for the parameter it fills: the first
    /// function-typed parameter after those the other arguments take.
    static func arguments(_ values: [Argument], trailingClosures: Int, for signature: Signature) -> Arguments {
        var list = values
        let first = values.count - trailingClosures
        if trailingClosures > 0, list[first].label == nil {
            var parameterIndex = 0
            for argument in values[..<first] {
                while parameterIndex < signature.parameters.count,
                      signature.parameters[parameterIndex].label != argument.label {
                    parameterIndex += 1
                }
                parameterIndex += 1
            }
            let rest = signature.parameters.dropFirst(min(parameterIndex, signature.parameters.count))
            let target = rest.first { $0.type.contains("->") || $0.type.hasPrefix("Function") } ?? rest.first
            list[first].label = target?.label
        }
        return Arguments(list, callee: signature.name)
    }

    /// The element type a variable's declared or inferred collection type gives (`[Double]` → Double),
    /// for `a.append(1)` and `d[k] = 1` to store Doubles as Swift would.
    func elementType(of expression: Expression, in scope: Scope) -> TypeReference? {
        guard case .identifier(let name) = expression.kind, let type = scope.lookup(name)?.type else { return nil }
        switch type {
        case .array(let element) where element != .any: return element
        case .dictionary(_, let value) where value != .any: return value
        default: return nil
        }
    }

    /// The registered type an expression names, unless a variable shadows it (`Model.load`, `Double.pi`).
    func staticType(_ expression: Expression, in scope: Scope) -> TypeDescriptor? {
        guard case .identifier(let name) = expression.kind, scope.lookup(name) == nil else { return nil }
        return registry.types[name]
    }
}

extension Expression {
    /// Whether the expression names storage that can be assigned to or mutated.
    var isAssignable: Bool {
        switch kind {
        case .identifier: return true
        case .member(let base, _), .subscript(let base, _), .forceUnwrap(let base): return base.isAssignable
        default: return false
        }
    }
}
