import FormantScript

extension Evaluator {
    /// A user `func` as a callable: arguments matched by Swift's label rules, defaults evaluated
    /// in the declaring scope, parameters converted to their declared types.
    func makeFunction(_ declaration: FunctionDeclaration, in scope: Scope) -> Function {
        let signature = Signature(String(declaration.signatureText.dropFirst("func ".count)))
        return Function(signature: signature, doc: declaration.doc) { [weak self] arguments, _ in
            guard let self else { throw InterpreterError.notCallable("released function") }
            return try self.invoke(declaration, signature: signature, scope: scope, arguments: arguments)
        }
    }

    private func invoke(
        _ declaration: FunctionDeclaration, signature: Signature, scope: Scope, arguments: Arguments
    ) throws -> Value {
        let bound = try BoundArguments(arguments, to: signature, registry: registry)
        let local = Scope(parent: scope)
        for parameter in declaration.parameters {
            var value: Value
            if let given = bound[parameter.name] {
                value = given
            } else if let defaultValue = parameter.defaultValue {
                value = try evaluate(defaultValue, in: scope)
            } else {
                throw ScriptError.missingArgument(function: signature.selector, parameter: parameter.name)
            }
            if let type = parameter.type {
                value = try conversion.convert(value, to: parameter.isVariadic ? .array(type) : type,
                                               context: "parameter '\(parameter.name)' of type")
            }
            local.set(parameter.name, Variable(value: value, isMutable: false, type: parameter.type))
        }
        try pushFrame(signature.selector, at: declaration.location)
        defer { popFrame() }
        let result = try run(body: declaration.body, in: local, name: declaration.name,
                             returnsValue: declaration.returnType != nil)
        guard let type = declaration.returnType else {
            if case .void = result { return result }
            if declaration.body.count == 1, case .expression = declaration.body[0].kind { return .void }
            throw InterpreterError.unexpectedReturnValue(declaration.name)
        }
        return try conversion.convert(result, to: type, context: "return type")
    }

    /// A closure as a callable: positional arguments, `$0`… when it names no parameters.
    func makeClosure(_ declaration: ClosureDeclaration, in scope: Scope) -> Function {
        let parameters = declaration.parameters.map {
            Signature.Parameter(label: nil, name: $0.name, type: $0.type?.text ?? "Any")
        }
        let signature = Signature(name: "closure", parameters: parameters, returnType: nil)
        return Function(signature: signature, doc: "") { [weak self] arguments, _ in
            guard let self else { throw InterpreterError.notCallable("released closure") }
            return try self.invoke(declaration, scope: scope, values: arguments.list.map(\.value))
        }
    }

    private func invoke(_ declaration: ClosureDeclaration, scope: Scope, values: [Value]) throws -> Value {
        let local = Scope(parent: scope)
        let parameters = declaration.parameters
        var values = values
        let expected = parameters.isEmpty ? declaration.shorthandCount : parameters.count
        if expected > 1, values.count == 1, case .tuple(let elements, _) = values[0], elements.count == expected {
            values = elements
        }
        if parameters.isEmpty {
            if values.count < declaration.shorthandCount {
                throw InterpreterError.closureArity(expected: declaration.shorthandCount, actual: values.count)
            }
            for (index, value) in values.enumerated() {
                local.set("$\(index)", Variable(value: value, isMutable: false, type: nil))
            }
        } else {
            guard values.count == parameters.count else {
                throw InterpreterError.closureArity(expected: parameters.count, actual: values.count)
            }
            for (parameter, value) in zip(parameters, values) {
                let converted = try parameter.type.map {
                    try conversion.convert(value, to: $0, context: "closure parameter '\(parameter.name)' of type")
                } ?? value
                local.set(parameter.name, Variable(value: converted, isMutable: false, type: parameter.type))
            }
        }
        try pushFrame("closure", at: declaration.location)
        defer { popFrame() }
        return try run(body: declaration.body, in: local, name: "closure", returnsValue: false)
    }

    /// Runs a function or closure body: a single expression is its result, as in Swift.
    private func run(body: [Statement], in scope: Scope, name: String, returnsValue: Bool) throws -> Value {
        if body.count == 1, case .expression(let expression) = body[0].kind {
            return try evaluate(expression, in: scope)
        }
        switch try execute(block: body, in: scope, hoists: true) {
        case .returned(let value): return value
        case .normal:
            if returnsValue { throw InterpreterError.missingReturn(name) }
            return .void
        case .breakLoop: throw InterpreterError.misplacedControl("break")
        case .continueLoop: throw InterpreterError.misplacedControl("continue")
        }
    }
}
