import FormantScript
import SwiftSyntax

extension Lowerer {
    /// Lowers an expression; an optional chain (`a?.b.c`) is closed here, at its outermost link.
    func lower(expression expr: ExprSyntax) throws -> Expression {
        let lowered = try lower(link: expr)
        return lowered.containsOptionalChain
            ? Expression(kind: .optionalEvaluation(lowered), location: lowered.location) : lowered
    }

    /// Lowers an expression that may be a link of an enclosing optional chain.
    private func lower(link expr: ExprSyntax) throws -> Expression {
        let here = location(of: expr)
        func make(_ kind: Expression.Kind) -> Expression { Expression(kind: kind, location: here) }
        switch expr.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr(let node): return make(.literal(.int(try integer(node.literal.text, at: node))))
        case .floatLiteralExpr(let node): return make(.literal(.double(try double(node.literal.text, at: node))))
        case .booleanLiteralExpr(let node): return make(.literal(.bool(node.literal.tokenKind == .keyword(.true))))
        case .nilLiteralExpr: return make(.literal(.null))
        case .stringLiteralExpr(let node): return try lower(string: node)
        case .declReferenceExpr(let node):
            if node.argumentNames != nil { throw failure(.unsupported("a function reference with labels"), at: node) }
            return make(.identifier(node.baseName.text))
        case .arrayExpr(let node): return make(.array(try node.elements.map { try lower(expression: $0.expression) }))
        case .dictionaryExpr(let node):
            guard case .elements(let elements) = node.content else { return make(.dictionary([])) }
            return make(.dictionary(try elements.map { (try lower(expression: $0.key), try lower(expression: $0.value)) }))
        case .tupleExpr(let node):
            if node.elements.count == 1, let only = node.elements.first, only.label == nil {
                return try lower(link: only.expression)
            }
            return make(.tuple(try node.elements.map { try lower(expression: $0.expression) },
                               labels: node.elements.map { $0.label?.text }))
        case .memberAccessExpr(let node):
            let name = node.declName.baseName.text
            guard let base = node.base else { return make(.implicitMember(name)) }
            return make(.member(try lower(link: base), name))
        case .functionCallExpr(let node): return try lower(call: node)
        case .subscriptCallExpr(let node):
            return make(.subscript(try lower(link: node.calledExpression), try lower(arguments: node.arguments)))
        case .closureExpr(let node): return make(.closure(try lower(closure: node)))
        case .prefixOperatorExpr(let node): return try lower(prefix: node.operator.text, node.expression, at: ExprSyntax(node))
        case .postfixOperatorExpr(let node):
            guard node.operator.text == "..." else {
                throw failure(.unsupported("the postfix operator '\(node.operator.text)'"), at: node)
            }
            return make(.range(try lower(expression: node.expression), nil, isClosed: true))
        case .sequenceExpr(let node): return try lower(sequence: node)
        case .infixOperatorExpr(let node):
            throw failure(.unsupported("the operator '\(node.operator.trimmedDescription)'"), at: node)
        case .ternaryExpr(let node):
            return make(.ternary(try lower(expression: node.condition), try lower(expression: node.thenExpression),
                                 try lower(expression: node.elseExpression)))
        case .forceUnwrapExpr(let node): return make(.forceUnwrap(try lower(link: node.expression)))
        case .optionalChainingExpr(let node): return make(.optionalChain(try lower(link: node.expression)))
        case .tryExpr(let node):
            let kind: TryKind = switch node.questionOrExclamationMark?.text {
            case "?": .optional
            case "!": .forced
            default: .plain
            }
            return make(.try(try lower(expression: node.expression), kind))
        case .ifExpr(let node): return make(.ifValue(try lower(if: node)))
        case .switchExpr(let node): return make(.switchValue(try lower(switch: node)))
        case .discardAssignmentExpr: return make(.discard)
        case .asExpr(let node):
            let kind: CastKind = node.questionOrExclamationMark?.text == "?" ? .conditional
                : node.questionOrExclamationMark?.text == "!" ? .forced : .coerce
            return make(.cast(try lower(expression: node.expression), try lower(type: node.type), kind))
        case .isExpr(let node):
            return make(.cast(try lower(expression: node.expression), try lower(type: node.type), .check))
        case .typeExpr(let node):
            return make(.identifier(try typeName(node.type)))
        case .awaitExpr: throw failure(.unsupported("'await'"), at: expr)
        case .inOutExpr: throw failure(.unsupported("'&' (an inout argument)"), at: expr)
        case .keyPathExpr: throw failure(.unsupported("a key path"), at: expr)
        case .regexLiteralExpr: throw failure(.unsupported("a regex literal"), at: expr)
        case .macroExpansionExpr: throw failure(.unsupported("a macro"), at: expr)
        case .superExpr: throw failure(.unsupported("'super'"), at: expr)
        default: throw failure(.unsupported("this expression"), at: expr)
        }
    }

    /// Lowers a call; `[T](…)` calls become `Array(…)`.
    private func lower(call node: FunctionCallExprSyntax) throws -> Expression {
        let typed = typeReference(written: node.calledExpression)
        if case .dictionary = typed, node.arguments.isEmpty, node.trailingClosure == nil {
            return Expression(kind: .literal(.dictionary([:])), location: location(of: node))
        }
        var callee = try lower(link: node.calledExpression)
        if case .array = typed { callee = Expression(kind: .identifier("Array"), location: callee.location) }
        var arguments = try lower(arguments: node.arguments)
        var trailing = 0
        if let closure = node.trailingClosure {
            arguments.append(CallArgument(label: nil, value: Expression(kind: .closure(try lower(closure: closure)),
                                                                        location: location(of: closure))))
            trailing += 1
        }
        for extra in node.additionalTrailingClosures {
            arguments.append(CallArgument(label: extra.label.text,
                                          value: Expression(kind: .closure(try lower(closure: extra.closure)),
                                                            location: location(of: extra.closure))))
            trailing += 1
        }
        let call = Expression(kind: .call(callee, arguments, trailingClosures: trailing), location: location(of: node))
        guard let typed, case .array = typed else { return call }
        return Expression(kind: .converted(call, typed), location: call.location)
    }

    /// The collection type an expression spells (`[Double]`, `[String: [Int]]`), if it spells one.
    private func typeReference(written expr: ExprSyntax) -> TypeReference? {
        if let array = expr.as(ArrayExprSyntax.self), array.elements.count == 1, let element = array.elements.first {
            return .array(typeReference(written: element.expression) ?? .any)
        }
        if let dictionary = expr.as(DictionaryExprSyntax.self), case .elements(let elements) = dictionary.content,
           elements.count == 1, let entry = elements.first {
            return .dictionary(typeReference(written: entry.key) ?? .any, typeReference(written: entry.value) ?? .any)
        }
        if let name = expr.as(DeclReferenceExprSyntax.self)?.baseName.text, name.first?.isUppercase == true {
            return name == "Any" ? .any : .named(name)
        }
        return nil
    }

    private func lower(arguments: LabeledExprListSyntax) throws -> [CallArgument] {
        try arguments.map { CallArgument(label: $0.label?.text, value: try lower(expression: $0.expression)) }
    }

    /// Lowers `-x`, `!x`; a minus before an integer literal makes a negative literal.
    private func lower(prefix op: String, _ operand: ExprSyntax, at node: ExprSyntax) throws -> Expression {
        let here = location(of: node)
        if op == "-", let literal = operand.as(IntegerLiteralExprSyntax.self) {
            return Expression(kind: .literal(.int(try integer("-" + literal.literal.text, at: literal))), location: here)
        }
        if op == "-", let literal = operand.as(FloatLiteralExprSyntax.self) {
            return Expression(kind: .literal(.double(-(try double(literal.literal.text, at: literal)))), location: here)
        }
        switch op {
        case "-", "!", "+": return Expression(kind: .prefix(op, try lower(expression: operand)), location: here)
        case "..<", "...":
            return Expression(kind: .range(nil, try lower(expression: operand), isClosed: op == "..."), location: here)
        default: throw failure(.unsupported("the prefix operator '\(op)'"), at: node)
        }
    }

    /// Lowers a closure: named parameters, or `$0`, `$1`, … in the body.
    func lower(closure node: ClosureExprSyntax) throws -> ClosureDeclaration {
        var parameters: [ParameterDeclaration] = []
        if let signature = node.signature {
            if let capture = signature.capture { throw failure(.unsupported("a capture list"), at: capture) }
            switch signature.parameterClause {
            case .simpleInput(let names):
                parameters = names.map { ParameterDeclaration(label: nil, name: $0.name.text, type: nil, defaultValue: nil,
                                                              isVariadic: false) }
            case .parameterClause(let clause):
                parameters = try clause.parameters.map {
                    ParameterDeclaration(label: nil, name: ($0.secondName ?? $0.firstName).text,
                                         type: try $0.type.map { try lower(type: $0) }, defaultValue: nil,
                                         isVariadic: false)
                }
            case nil: break
            }
        }
        let shorthand = ShorthandParameterCounter(viewMode: .sourceAccurate)
        shorthand.walk(node.statements)
        return ClosureDeclaration(parameters: parameters, shorthandCount: shorthand.count,
                                  body: try lower(items: node.statements), location: location(of: node))
    }

    private func typeName(_ type: TypeSyntax) throws -> String {
        switch try lower(type: type) {
        case .named(let name): return name
        case .array: return "Array"
        case .dictionary: return "Dictionary"
        default: throw failure(.unsupported("the type '\(type.trimmedDescription)' as a value"), at: type)
        }
    }

    private func integer(_ text: String, at node: some SyntaxProtocol) throws -> Int {
        var digits = text.contains("_") ? text.filter { $0 != "_" } : text
        let negative = digits.hasPrefix("-")
        if negative { digits.removeFirst() }
        var radix = 10
        for (prefix, base) in [("0x", 16), ("0b", 2), ("0o", 8)] where digits.hasPrefix(prefix) {
            digits.removeFirst(2)
            radix = base
        }
        guard let value = Int((negative ? "-" : "") + digits, radix: radix) else {
            throw failure(.invalidLiteral(text + " (integer literals must fit in an Int)"), at: node)
        }
        return value
    }

    private func double(_ text: String, at node: some SyntaxProtocol) throws -> Double {
        guard let value = Double(text.contains("_") ? text.filter { $0 != "_" } : text) else {
            throw failure(.invalidLiteral(text), at: node)
        }
        return value
    }
}

extension Expression {
    /// Whether a `?` link occurs along this expression's chain of members, calls and subscripts.
    var containsOptionalChain: Bool {
        switch kind {
        case .optionalChain: return true
        case .member(let base, _), .call(let base, _, _), .subscript(let base, _), .forceUnwrap(let base):
            return base.containsOptionalChain
        default: return false
        }
    }
}

/// Counts the `$0`, `$1`, … a closure body uses, not looking into nested closures.
private final class ShorthandParameterCounter: SyntaxVisitor {
    var count = 0

    override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        if case .dollarIdentifier(let name) = node.baseName.tokenKind, let index = Int(name.dropFirst()) {
            count = max(count, index + 1)
        }
        return .skipChildren
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
}
