import SwiftSyntax

extension Lowerer {
    /// An infix operator of a flat sequence, with what it needs to build its node.
    private struct InfixOperator {
        enum Form {
            case binary(String)
            case ternary(Expression)
            case cast(TypeReference, CastKind)
        }
        let form: Form
        let rule: OperatorPrecedence.Rule
        let location: SourceLocation
    }

    /// Folds `a + b * c = …` (SwiftParser leaves it flat) by Swift's precedence rules.
    func lower(sequence: SequenceExprSyntax) throws -> Expression {
        var operands: [Expression] = []
        var operators: [InfixOperator] = []
        var elements = Array(sequence.elements)[...]
        while let element = elements.popFirst() {
            if operands.count == operators.count {
                operands.append(try lower(expression: element))
                continue
            }
            let op = try infixOperator(element)
            if case .cast = op.form {
                _ = elements.popFirst()  // the type operand, already taken into the operator
                operands.append(Expression(kind: .literal(.void), location: op.location))
            }
            operators.append(op)
        }
        var index = 0
        return try climb(operands[0], minimum: 0, operands: operands, operators: operators, index: &index)
    }

    private func infixOperator(_ element: ExprSyntax) throws -> InfixOperator {
        let here = location(of: element)
        func make(_ form: InfixOperator.Form, _ symbol: String) throws -> InfixOperator {
            guard let rule = OperatorPrecedence.rule(for: symbol) else {
                throw failure(.unsupported("the operator '\(symbol)'"), at: element)
            }
            return InfixOperator(form: form, rule: rule, location: here)
        }
        if let binary = element.as(BinaryOperatorExprSyntax.self) {
            return try make(.binary(binary.operator.text), binary.operator.text)
        }
        if element.is(AssignmentExprSyntax.self) { return try make(.binary("="), "=") }
        if let ternary = element.as(UnresolvedTernaryExprSyntax.self) {
            return try make(.ternary(try lower(expression: ternary.thenExpression)), "?:")
        }
        if let cast = element.as(UnresolvedAsExprSyntax.self), let type = typeOperand(after: element) {
            let kind: CastKind = switch cast.questionOrExclamationMark?.text {
            case "?": .conditional
            case "!": .forced
            default: .coerce
            }
            return try make(.cast(try lower(type: type), kind), "as")
        }
        if element.is(UnresolvedIsExprSyntax.self), let type = typeOperand(after: element) {
            return try make(.cast(try lower(type: type), .check), "is")
        }
        throw failure(.unsupported("this operator"), at: element)
    }

    private func typeOperand(after element: ExprSyntax) -> TypeSyntax? {
        guard let list = element.parent?.as(ExprListSyntax.self), let index = list.index(of: element) else { return nil }
        let next = list.index(after: index)
        guard next < list.endIndex else { return nil }
        return list[next].as(TypeExprSyntax.self)?.type
    }

    /// Operator-precedence climbing over `operands[index...]` joined by `operators[index...]`.
    private func climb(
        _ start: Expression, minimum: Int, operands: [Expression], operators: [InfixOperator], index: inout Int
    ) throws -> Expression {
        var left = start
        while index < operators.count, operators[index].rule.strength >= minimum {
            let op = operators[index]
            index += 1
            var right = operands[index]
            // A cast's right side is its type: nothing after it can bind into it.
            var isCast = false
            if case .cast = op.form { isCast = true }
            while !isCast, index < operators.count {
                let next = operators[index].rule
                let binds = next.strength > op.rule.strength
                    || (next.strength == op.rule.strength && next.rightAssociative)
                guard binds else { break }
                right = try climb(right, minimum: op.rule.strength + (next.strength > op.rule.strength ? 1 : 0),
                                  operands: operands, operators: operators, index: &index)
            }
            left = combine(op, left, right)
        }
        return left
    }

    private func combine(_ op: InfixOperator, _ left: Expression, _ right: Expression) -> Expression {
        let kind: Expression.Kind
        switch op.form {
        case .ternary(let then): kind = .ternary(left, then, right)
        case .cast(let type, let castKind): kind = .cast(left, type, castKind)
        case .binary(let symbol):
            switch symbol {
            case "=": kind = .assignment(left, right)
            case "+=", "-=", "*=", "/=", "%=": kind = .compoundAssignment(String(symbol.dropLast()), left, right)
            case "&&", "||": kind = .logical(isAnd: symbol == "&&", left, right)
            case "??": kind = .nilCoalescing(left, right)
            case "..<", "...": kind = .range(left, right, isClosed: symbol == "...")
            default:
                kind = .binary(symbol, left, right,
                               literalOperands: (left.isIntegerLiteralArithmetic, right.isIntegerLiteralArithmetic))
            }
        }
        if case .binary = kind { return Expression(kind: kind, location: op.location) }
        return Expression(kind: kind, location: left.location)
    }
}
