import SwiftSyntax

extension Lowerer {
    /// Lowers a declaration: `let`/`var` and `func`; imports are accepted and ignored.
    func lower(declaration decl: DeclSyntax) throws -> [Statement] {
        if let variable = decl.as(VariableDeclSyntax.self) { return try lower(variable: variable) }
        if let function = decl.as(FunctionDeclSyntax.self) {
            return [Statement(kind: .function(try lower(function: function)), location: location(of: function))]
        }
        if decl.is(ImportDeclSyntax.self) { return [] }
        throw failure(.unsupported(Self.describe(decl)), at: decl)
    }

    private func lower(variable: VariableDeclSyntax) throws -> [Statement] {
        let isMutable = variable.bindingSpecifier.tokenKind == .keyword(.var)
        return try variable.bindings.map { binding in
            if let accessors = binding.accessorBlock {
                throw failure(.unsupported("a computed property or observer"), at: accessors)
            }
            let pattern = try lower(pattern: binding.pattern, binds: true)
            let type = try binding.typeAnnotation.map { try lower(type: $0.type) }
            let value = try binding.initializer.map { try lower(expression: $0.value) }
            if value == nil && !isMutable && type == nil {
                throw failure(.letWithoutValue, at: binding)
            }
            return Statement(
                kind: .declaration(isMutable: isMutable, pattern: pattern, type: type, value: value),
                location: location(of: binding))
        }
    }

    /// Lowers `func name(params) -> Result { body }`.
    func lower(function: FunctionDeclSyntax) throws -> FunctionDeclaration {
        if let generics = function.genericParameterClause {
            throw failure(.unsupported("a generic function"), at: generics)
        }
        if let effects = function.signature.effectSpecifiers, let async = effects.asyncSpecifier {
            throw failure(.unsupported("an 'async' function"), at: async)
        }
        guard let body = function.body else {
            throw failure(.functionWithoutBody(function.name.text), at: function)
        }
        let parameters = try function.signature.parameterClause.parameters.map(lower(parameter:))
        let returnType = try function.signature.returnClause.map { try lower(type: $0.type) }
        return FunctionDeclaration(
            name: function.name.text, parameters: parameters, returnType: returnType,
            body: try lower(block: body),
            signatureText: "func " + function.name.text + function.signature.trimmedDescription,
            doc: Self.docComment(of: function), location: location(of: function))
    }

    private func lower(parameter: FunctionParameterSyntax) throws -> ParameterDeclaration {
        if let attributed = parameter.type.as(AttributedTypeSyntax.self), !attributed.specifiers.isEmpty {
            throw failure(.unsupported("an '\(attributed.specifiers.trimmedDescription)' parameter"), at: attributed)
        }
        let first = parameter.firstName.text
        let name = parameter.secondName?.text ?? first
        return ParameterDeclaration(
            label: first == "_" ? nil : first, name: name, type: try lower(type: parameter.type),
            defaultValue: try parameter.defaultValue.map { try lower(expression: $0.value) },
            isVariadic: parameter.ellipsis != nil)
    }

    /// Lowers a type annotation.
    func lower(type: TypeSyntax) throws -> TypeReference {
        if let identifier = type.as(IdentifierTypeSyntax.self) {
            let arguments = identifier.genericArgumentClause?.arguments.compactMap { $0.argument.as(TypeSyntax.self) } ?? []
            switch (identifier.name.text, arguments.count) {
            case ("Any", _): return .any
            case ("Array", 1): return .array(try lower(type: arguments[0]))
            case ("Optional", 1): return .optional(try lower(type: arguments[0]))
            case ("Dictionary", 2): return .dictionary(try lower(type: arguments[0]), try lower(type: arguments[1]))
            default: return .named(identifier.name.text)
            }
        }
        if let array = type.as(ArrayTypeSyntax.self) { return .array(try lower(type: array.element)) }
        if let dictionary = type.as(DictionaryTypeSyntax.self) {
            return .dictionary(try lower(type: dictionary.key), try lower(type: dictionary.value))
        }
        if let optional = type.as(OptionalTypeSyntax.self) { return .optional(try lower(type: optional.wrappedType)) }
        if let optional = type.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
            return .optional(try lower(type: optional.wrappedType))
        }
        if let tuple = type.as(TupleTypeSyntax.self) {
            let elements = try tuple.elements.map { try lower(type: $0.type) }
            return elements.count == 1 ? elements[0] : .tuple(elements)
        }
        if type.is(FunctionTypeSyntax.self) { return .function }
        if let attributed = type.as(AttributedTypeSyntax.self) { return try lower(type: attributed.baseType) }
        if type.is(SomeOrAnyTypeSyntax.self) { return .any }
        throw failure(.unsupported("the type '\(type.trimmedDescription)'"), at: type)
    }

    /// The text of the `///` comments just before a declaration.
    static func docComment(of node: some SyntaxProtocol) -> String {
        var lines: [String] = []
        for piece in node.leadingTrivia {
            switch piece {
            case .docLineComment(let text):
                lines.append(String(text.dropFirst(3)).trimmingPrefix(" "))
            case .docBlockComment(let text):
                lines.append(String(text.dropFirst(3).dropLast(2)))
            case .newlines(let count) where count > 1: lines.removeAll()
            default: break
            }
        }
        return lines.joined(separator: "\n")
    }

    /// How an error names a declaration outside the subset.
    static func describe(_ decl: DeclSyntax) -> String {
        switch decl.as(DeclSyntaxEnum.self) {
        case .structDecl: return "declaring a struct"
        case .classDecl: return "declaring a class"
        case .enumDecl: return "declaring an enum"
        case .protocolDecl: return "declaring a protocol"
        case .actorDecl: return "declaring an actor"
        case .extensionDecl: return "an extension"
        case .typeAliasDecl: return "a typealias"
        case .operatorDecl, .precedenceGroupDecl: return "declaring an operator"
        case .macroDecl, .macroExpansionDecl: return "a macro"
        case .ifConfigDecl: return "conditional compilation (#if)"
        default: return "this declaration"
        }
    }
}

private extension String {
    func trimmingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
