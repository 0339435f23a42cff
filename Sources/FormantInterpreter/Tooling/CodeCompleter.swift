import Foundation
import FormantScript

/// Completion: members after a dot, argument labels inside a call, otherwise every global name
/// (user variables and functions, registered functions and types) and the keywords.
struct CodeCompleter {
    let interpreter: Interpreter

    /// Swift keywords a script may use.
    static let keywords = [
        "let", "var", "func", "if", "else", "guard", "for", "in", "while", "repeat", "switch", "case", "default",
        "break", "continue", "return", "true", "false", "nil", "try", "where", "do", "catch", "as", "is",
    ]

    func complete(_ code: String, cursor: Int) -> CompletionResult {
        let context = CursorContext(code, cursor: cursor)
        let end = context.wordStart + context.word.unicodeScalars.count
        let candidates: [String]
        if context.receiver == [] {
            candidates = implicitMembers(context)
        } else if let receiver = context.receiver {
            candidates = members(of: receiver)
        } else {
            let labels = context.atArgumentStart ? argumentLabels(context) : []
            candidates = labels + globalNames()
        }
        var seen = Set<String>()
        let matches = candidates.filter { $0.hasPrefix(context.word) && $0 != context.word && seen.insert($0).inserted }
        return CompletionResult(matches: matches, cursorStart: context.wordStart, cursorEnd: end)
    }

    private func members(of receiver: [String]) -> [String] {
        switch interpreter.resolve(receiver) {
        case .value(let value): return interpreter.evaluator.memberNames(of: value).sorted()
        case .type(let type): return type.staticMemberNames
        default: return []
        }
    }

    /// For `f(task: .|`: the static members of the type the parameter `task` declares.
    private func implicitMembers(_ context: CursorContext) -> [String] {
        guard let label = context.implicitMemberLabel, let callee = context.callee, !callee.isEmpty else { return [] }
        let types = signatures(of: callee).flatMap(\.parameters).filter { $0.label == label }
            .map { $0.type.trimmingCharacters(in: CharacterSet(charactersIn: "?[] ")) }
        return types.flatMap { interpreter.registry.types[$0]?.staticProperties.keys.sorted() ?? [] }
    }

    private func globalNames() -> [String] {
        let registry = interpreter.registry
        let names = interpreter.evaluator.globals.visibleNames + registry.functions.keys + registry.types.keys
        return names.sorted() + Self.keywords
    }

    private func argumentLabels(_ context: CursorContext) -> [String] {
        guard let callee = context.callee, !callee.isEmpty else { return [] }
        return signatures(of: callee)
            .flatMap { $0.parameters.compactMap(\.label) }
            .filter { !context.usedLabels.contains($0) }
            .map { $0 + ":" }
    }

    /// The signatures a call to `callee` may use (several for overloaded builtin methods).
    func signatures(of callee: [String]) -> [Signature] {
        if callee.count > 1, let base = interpreter.resolve(Array(callee.dropLast())), let name = callee.last {
            switch base {
            case .value(let value):
                if case .native(let object) = value, let method = interpreter.registry.types[object.typeName]?.methods[name] {
                    return [method.signature]
                }
                if let overloads = StandardMembers.members(of: value)?.methods[name] { return overloads.map(\.signature) }
            case .type(let type):
                if let method = type.staticMethods[name] { return method.signatures }
            case .function:
                break
            }
        }
        if let resolved = interpreter.resolve(callee), case .function(let function) = resolved {
            return function.signatures
        }
        return []
    }
}
