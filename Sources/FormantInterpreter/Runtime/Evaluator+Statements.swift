import FormantScript

extension Evaluator {
    /// Runs one statement in `scope`.
    func execute(_ statement: Statement, in scope: Scope) throws -> Completion {
        do {
            return try executeKind(statement, in: scope)
        } catch {
            throw locate(error, at: statement.location)
        }
    }

    /// Runs a block in a new scope below `scope`; with `hoists` (function bodies), its local
    /// functions are declared first so they may call each other; elsewhere they are declared
    /// where they stand.
    func execute(block statements: [Statement], in scope: Scope, hoists: Bool = false) throws -> Completion {
        let inner = Scope(parent: scope)
        if hoists { try hoistFunctions(statements, into: inner) }
        for statement in statements {
            let completion = try execute(statement, in: inner)
            if case .normal = completion { continue }
            return completion
        }
        return .normal
    }

    private func executeKind(_ statement: Statement, in scope: Scope) throws -> Completion {
        switch statement.kind {
        case .expression(let expression):
            _ = try evaluate(expression, in: scope)
            return .normal
        case .declaration(let isMutable, let pattern, let type, let value):
            try declare(pattern, isMutable: isMutable, type: type, value: value, in: scope)
            return .normal
        case .function(let declaration):
            if !scope.declaresLocally(declaration.name) {  // not hoisted: declare it here
                try declare(declaration.name, Variable(value: .function(makeFunction(declaration, in: scope)),
                                                       isMutable: false, type: .function), in: scope)
            }
            return .normal
        case .if(let node):
            return try execute(if: node, in: scope)
        case .guard(let conditions, let body):
            if try holds(conditions, in: scope) { return .normal }
            let completion = try execute(block: body, in: scope)
            if case .normal = completion { throw InterpreterError.guardFallthrough }
            return completion
        case .while(let conditions, let body, let label):
            return try loop(label: label, at: statement.location) {
                let iteration = Scope(parent: scope)
                guard try holds(conditions, in: iteration) else { return nil }
                return try execute(block: body, in: iteration)
            }
        case .repeat(let body, let condition, let label):
            var first = true
            return try loop(label: label, at: statement.location) {
                if !first, !(try truth(condition, in: scope, context: "'repeat-while' condition")) { return nil }
                first = false
                return try execute(block: body, in: scope)
            }
        case .for(let node):
            return try execute(for: node, in: scope, at: statement.location)
        case .switch(let node):
            let (completion, _) = try execute(switch: node, in: scope, wantsValue: false)
            if case .breakLoop(nil) = completion { return .normal }
            return completion
        case .do(let body, let catchBody):
            return try execute(do: body, catchBody: catchBody, in: scope)
        case .break(let label): return .breakLoop(label)
        case .continue(let label): return .continueLoop(label)
        case .return(let value): return .returned(try value.map { try evaluate($0, in: scope) } ?? .void)
        }
    }

    /// Declares the names of `pattern` from `value` (or uninitialised, for `var x: Int`).
    private func declare(
        _ pattern: Pattern, isMutable: Bool, type: TypeReference?, value: Expression?, in scope: Scope
    ) throws {
        guard let value else {
            for name in pattern.boundNames {
                try declare(name, Variable(value: nil, isMutable: isMutable, type: type), in: scope)
            }
            return
        }
        var result = try evaluate(value, in: scope)
        if let type { result = try conversion.convert(result, to: type) }
        try bind(pattern, to: result, isMutable: isMutable, declaredType: type, in: scope)
    }

    /// Binds a destructuring pattern (`let (a, b) = t`) to a value.
    func bind(_ pattern: Pattern, to value: Value, isMutable: Bool, declaredType: TypeReference?, in scope: Scope) throws {
        switch pattern {
        case .wildcard: return
        case .binding(let name):
            let type = declaredType ?? TypeConversion.inferredType(of: value)
            try declare(name, Variable(value: value, isMutable: isMutable, type: type), in: scope)
        case .tuple(let patterns):
            guard case .tuple(let elements, _) = value else {
                throw InterpreterError.typeMismatch(expected: "a tuple of \(patterns.count)", actual: value.typeName,
                                                    context: "pattern")
            }
            guard elements.count == patterns.count else {
                throw InterpreterError.tupleArity(expected: patterns.count, actual: elements.count)
            }
            var types: [TypeReference?] = Array(repeating: nil, count: patterns.count)
            if case .tuple(let declared) = declaredType, declared.count == patterns.count { types = declared }
            for (index, element) in elements.enumerated() {
                try bind(patterns[index], to: element, isMutable: isMutable, declaredType: types[index], in: scope)
            }
        case .optional(let inner):
            if case .null = value { throw InterpreterError.unexpectedNil("an optional pattern") }
            try bind(inner, to: value, isMutable: isMutable, declaredType: declaredType, in: scope)
        case .expression:
            throw InterpreterError.unsupported("an expression in a declaration pattern")
        }
    }

    private func execute(if node: IfStatement, in scope: Scope) throws -> Completion {
        let conditionScope = Scope(parent: scope)
        if try holds(node.conditions, in: conditionScope) {
            return try execute(block: node.body, in: conditionScope)
        }
        if let elseBody = node.elseBody { return try execute(block: elseBody, in: scope) }
        return .normal
    }

    /// Repeats `iteration` (which returns `nil` when the loop is over), handling `break`,
    /// `continue` and interrupts.
    private func loop(label: String?, at location: SourceLocation, _ iteration: () throws -> Completion?) throws -> Completion {
        while true {
            try checkCancellation(at: location)
            guard let completion = try iteration() else { return .normal }
            switch completion {
            case .normal: continue
            case .breakLoop(let target) where target == nil || target == label: return .normal
            case .continueLoop(let target) where target == nil || target == label: continue
            default: return completion
            }
        }
    }

    private func execute(for node: ForStatement, in scope: Scope, at location: SourceLocation) throws -> Completion {
        var sequence = try evaluate(node.sequence, in: scope)
        if let elements = try nativeElements(of: sequence, at: location) { sequence = .array(elements) }
        var iterator = try SequenceIterator(sequence)
        return try loop(label: node.label, at: location) {
            guard let element = iterator.next() else { return nil }
            let iteration = Scope(parent: scope)
            try bind(node.pattern, to: element, isMutable: false, declaredType: nil, in: iteration)
            if let filter = node.filter, !(try truth(filter, in: iteration, context: "'where' clause")) { return .normal }
            return try execute(block: node.body, in: iteration)
        }
    }

    /// Runs the first matching case; with `wantsValue`, also gives the value of its last expression.
    func execute(switch node: SwitchStatement, in scope: Scope, wantsValue: Bool) throws -> (Completion, Value?) {
        let subject = try evaluate(node.subject, in: scope)
        for switchCase in node.cases {
            for (pattern, guardExpression) in switchCase.patterns {
                let caseScope = Scope(parent: scope)
                guard try match(pattern, subject, in: caseScope) else { continue }
                if let guardExpression, !(try truth(guardExpression, in: caseScope, context: "'where' clause")) { continue }
                if wantsValue { return try value(of: switchCase.body, in: caseScope) }
                return (try execute(block: switchCase.body, in: caseScope), nil)
            }
        }
        return (.normal, nil)
    }

    private func execute(do body: [Statement], catchBody: [Statement]?, in scope: Scope) throws -> Completion {
        guard let catchBody else { return try execute(block: body, in: scope) }
        do {
            return try execute(block: body, in: scope)
        } catch let error as RaisedError where error.name != "Interrupted" {
            let handler = Scope(parent: scope)
            handler.set("error", Variable(value: .string(error.message), isMutable: false, type: .named("String")))
            return try execute(block: catchBody, in: handler)
        }
    }

    /// Runs a block used as a value (`if`/`switch` expressions): the value is its last expression's.
    func value(of statements: [Statement], in scope: Scope) throws -> (Completion, Value?) {
        let inner = Scope(parent: scope)
        for (index, statement) in statements.enumerated() {
            if index == statements.count - 1 {
                switch statement.kind {
                case .expression(let expression):
                    return (.normal, try evaluate(expression, in: inner))
                case .if(let node):
                    return (.normal, try evaluate(ifValue: node, in: inner))
                case .switch(let node):
                    return try execute(switch: node, in: inner, wantsValue: true)
                default: break
                }
            }
            let completion = try execute(statement, in: inner)
            if case .normal = completion { continue }
            return (completion, nil)
        }
        return (.normal, .void)
    }

    /// The value of an `if` expression.
    func evaluate(ifValue node: IfStatement, in scope: Scope) throws -> Value {
        let conditionScope = Scope(parent: scope)
        if try holds(node.conditions, in: conditionScope) {
            return try value(of: node.body, in: conditionScope).1 ?? .void
        }
        guard let elseBody = node.elseBody else { return .void }
        return try value(of: elseBody, in: scope).1 ?? .void
    }
}
