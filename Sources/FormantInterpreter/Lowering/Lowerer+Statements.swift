import SwiftSyntax

extension Lowerer {
    /// Lowers a statement (loops, `guard`, `return`, …).
    func lower(statement stmt: StmtSyntax, label: String? = nil) throws -> Statement {
        let here = location(of: stmt)
        switch stmt.as(StmtSyntaxEnum.self) {
        case .expressionStmt(let node):
            return try lower(expressionStatement: node.expression)
        case .returnStmt(let node):
            return Statement(kind: .return(try node.expression.map { try lower(expression: $0) }), location: here)
        case .breakStmt(let node):
            return Statement(kind: .break(label: node.label?.text), location: here)
        case .continueStmt(let node):
            return Statement(kind: .continue(label: node.label?.text), location: here)
        case .guardStmt(let node):
            return Statement(
                kind: .guard(try lower(conditions: node.conditions), body: try lower(block: node.body)), location: here)
        case .whileStmt(let node):
            return Statement(
                kind: .while(try lower(conditions: node.conditions), body: try lower(block: node.body), label: label),
                location: here)
        case .repeatStmt(let node):
            return Statement(
                kind: .repeat(body: try lower(block: node.body), condition: try lower(expression: node.condition),
                              label: label),
                location: here)
        case .forStmt(let node):
            return Statement(kind: .for(try lower(for: node, label: label)), location: here)
        case .labeledStmt(let node):
            return try lower(statement: node.statement, label: node.label.text)
        case .doStmt(let node):
            return Statement(kind: .do(body: try lower(block: node.body), catchBody: try lower(catches: node.catchClauses)),
                             location: here)
        case .throwStmt:
            throw failure(.unsupported("'throw'"), at: stmt)
        case .deferStmt:
            throw failure(.unsupported("'defer'"), at: stmt)
        default:
            throw failure(.unsupported("this statement"), at: stmt)
        }
    }

    private func lower(catches: CatchClauseListSyntax) throws -> [Statement]? {
        guard let first = catches.first else { return nil }
        if catches.count > 1 || !first.catchItems.isEmpty {
            throw failure(.unsupported("catching a specific error"), at: first)
        }
        return try lower(block: first.body)
    }

    private func lower(for node: ForStmtSyntax, label: String?) throws -> ForStatement {
        if let keyword = node.caseKeyword ?? node.awaitKeyword {
            throw failure(.unsupported("'for \(keyword.text)'"), at: keyword)
        }
        return ForStatement(
            pattern: try lower(pattern: node.pattern, binds: true),
            sequence: try lower(expression: node.sequence),
            filter: try node.whereClause.map { try lower(expression: $0.condition) },
            body: try lower(block: node.body), label: label)
    }

    /// Lowers the conditions of `if`, `guard` and `while`.
    func lower(conditions: ConditionElementListSyntax) throws -> [Condition] {
        try conditions.map { element in
            switch element.condition {
            case .expression(let expr):
                return .boolean(try lower(expression: expr))
            case .optionalBinding(let binding):
                let pattern = try lower(pattern: binding.pattern, binds: true)
                let value: Expression
                if let initializer = binding.initializer {
                    value = try lower(expression: initializer.value)
                } else if case .binding(let name) = pattern {
                    value = Expression(kind: .identifier(name), location: location(of: binding.pattern))
                } else {
                    throw failure(.ifLetWithoutName, at: binding)
                }
                return .optionalBinding(pattern, value, isMutable: binding.bindingSpecifier.tokenKind == .keyword(.var))
            case .matchingPattern(let matching):
                return .matches(try lower(pattern: matching.pattern, binds: false),
                                try lower(expression: matching.initializer.value))
            default:
                throw failure(.unsupported("this condition"), at: element)
            }
        }
    }

    /// Lowers `if … else if … else …`.
    func lower(if node: IfExprSyntax) throws -> IfStatement {
        var elseBody: [Statement]?
        switch node.elseBody {
        case .ifExpr(let next):
            elseBody = [Statement(kind: .if(try lower(if: next)), location: location(of: next))]
        case .codeBlock(let block):
            elseBody = try lower(block: block)
        case nil:
            elseBody = nil
        }
        return IfStatement(conditions: try lower(conditions: node.conditions), body: try lower(block: node.body),
                           elseBody: elseBody)
    }

    /// Lowers `switch subject { … }`.
    func lower(switch node: SwitchExprSyntax) throws -> SwitchStatement {
        var cases: [SwitchStatement.Case] = []
        for element in node.cases {
            guard case .switchCase(let switchCase) = element else {
                throw failure(.unsupported("conditional compilation (#if) in a switch"), at: element)
            }
            var patterns: [(pattern: Pattern, guard: Expression?)] = []
            switch switchCase.label {
            case .default:
                patterns = [(.wildcard, nil)]
            case .case(let label):
                for item in label.caseItems {
                    patterns.append((try lower(pattern: item.pattern, binds: false),
                                     try item.whereClause.map { try lower(expression: $0.condition) }))
                }
            }
            cases.append(SwitchStatement.Case(patterns: patterns, body: try lower(items: switchCase.statements),
                                              location: location(of: switchCase)))
        }
        return SwitchStatement(subject: try lower(expression: node.subject), cases: cases)
    }
}
