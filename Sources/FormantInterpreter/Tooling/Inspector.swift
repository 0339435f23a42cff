import FormantCore
import FormantScript

/// Inspect (shift-tab): the documentation of the name under the cursor, or of the function whose
/// call the cursor is in.
struct Inspector {
    let interpreter: Interpreter

    func inspect(_ code: String, cursor: Int) -> MIMEBundle? {
        var chains: [[String]] = []
        if let chain = CursorContext.nameChain(code, cursor: cursor) { chains.append(chain) }
        if let callee = CursorContext(code, cursor: cursor).callee, !callee.isEmpty { chains.append(callee) }
        for chain in chains {
            if let text = documentation(of: chain) { return MIMEBundle(plain: text) }
        }
        return nil
    }

    private func documentation(of chain: [String]) -> String? {
        if chain.count > 1, let member = memberDocumentation(chain) { return member }
        guard let resolved = interpreter.resolve(chain) else { return nil }
        switch resolved {
        case .function(let function):
            let isUser = interpreter.registry.functions[function.name] !== function && chain.count == 1
            let heading = function.signatures.map { (isUser ? "func " : "") + $0.text }.joined(separator: "\n")
            return function.doc.isEmpty ? heading : heading + "\n\n" + function.doc
        case .type(let type):
            var text = "\(type.name)\n\n\(type.doc)"
            if !type.staticMemberNames.isEmpty { text += "\n\nStatic members: " + type.staticMemberNames.joined(separator: ", ") }
            if !type.memberNames.isEmpty { text += "\nMembers: " + type.memberNames.joined(separator: ", ") }
            return text
        case .value(let value):
            return "\(chain.joined(separator: ".")): \(value.typeName) = \(Self.summary(of: value))"
        }
    }

    /// Documentation of a member: a registered property or method, or a builtin member.
    private func memberDocumentation(_ chain: [String]) -> String? {
        guard let name = chain.last, let base = interpreter.resolve(Array(chain.dropLast())) else { return nil }
        switch base {
        case .type(let type):
            let declarations = [
                type.staticProperties[name].map { "static var \(name): \($0.type)\n\n\($0.doc)" },
                type.staticMethods[name].map { "static func \($0.signature.text)\n\n\($0.doc)" },
            ].compactMap { $0 }
            if !declarations.isEmpty { return declarations.joined(separator: "\n\n") }
        case .value(let value):
            if case .native(let object) = value, let type = interpreter.registry.types[object.typeName] {
                if let property = type.properties[name] { return "var \(name): \(property.type)\n\n\(property.doc)" }
                if let method = type.methods[name] { return "func \(method.signature.text)\n\n\(method.doc)" }
            }
            return StandardMembers.members(of: value)?.documentation(of: name)
        case .function:
            break
        }
        return nil
    }

    /// A value's plain text, shortened for a tooltip.
    static func summary(of value: Value) -> String {
        let text = value.debugText
        return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }
}
