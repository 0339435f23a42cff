import SwiftSyntax

extension Lowerer {
    /// Lowers a pattern; with `binds`, bare names bind (after `let`/`var`, in `for`), otherwise
    /// they are values to compare with.
    func lower(pattern: PatternSyntax, binds: Bool) throws -> Pattern {
        switch pattern.as(PatternSyntaxEnum.self) {
        case .identifierPattern(let node):
            return .binding(node.identifier.text)
        case .wildcardPattern:
            return .wildcard
        case .tuplePattern(let node):
            return .tuple(try node.elements.map { try lower(pattern: $0.pattern, binds: binds) })
        case .valueBindingPattern(let node):
            return try lower(pattern: node.pattern, binds: true)
        case .expressionPattern(let node):
            return try lower(patternExpression: node.expression, binds: binds)
        default:
            throw failure(.unsupported("this pattern"), at: pattern)
        }
    }

    /// Lowers an expression in pattern position, where `let` may appear inside tuples.
    private func lower(patternExpression expr: ExprSyntax, binds: Bool) throws -> Pattern {
        if let nested = expr.as(PatternExprSyntax.self) {
            return try lower(pattern: nested.pattern, binds: binds)
        }
        if expr.is(DiscardAssignmentExprSyntax.self) { return .wildcard }
        if binds, let reference = expr.as(DeclReferenceExprSyntax.self) {
            return .binding(reference.baseName.text)
        }
        if let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count != 1 {
            return .tuple(try tuple.elements.map { try lower(patternExpression: $0.expression, binds: binds) })
        }
        if let chained = expr.as(OptionalChainingExprSyntax.self) {
            return .optional(try lower(patternExpression: chained.expression, binds: binds))
        }
        if let call = expr.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self),
           member.base == nil, member.declName.baseName.text == "some", call.arguments.count == 1,
           let argument = call.arguments.first {
            return .optional(try lower(patternExpression: argument.expression, binds: binds))
        }
        return .expression(try lower(expression: expr))
    }
}
