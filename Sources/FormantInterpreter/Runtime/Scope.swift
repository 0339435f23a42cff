import FormantScript

/// A named storage cell: its value, whether it may change and the type it was declared or inferred with.
final class Variable {
    /// The current value; `nil` for a `var` declared without one and not yet assigned.
    var value: Value?
    /// `var` (true) or `let` (false).
    let isMutable: Bool
    /// The declared or inferred type, which later assignments must agree with.
    let type: TypeReference?

    init(value: Value?, isMutable: Bool, type: TypeReference?) {
        self.value = value
        self.isMutable = isMutable
        self.type = type
    }
}

/// A lexical scope: a cell's globals, a function's parameters, a block's locals.
///
/// Closures keep their scope alive, so they see (and change) the variables they capture, as in Swift.
final class Scope {
    let parent: Scope?
    private(set) var variables: [String: Variable] = [:]

    init(parent: Scope?) {
        self.parent = parent
    }

    /// The variable `name` as seen from this scope.
    func lookup(_ name: String) -> Variable? {
        var scope: Scope? = self
        while let current = scope {
            if let variable = current.variables[name] { return variable }
            scope = current.parent
        }
        return nil
    }

    /// Whether this scope itself (not a parent) declares `name`.
    func declaresLocally(_ name: String) -> Bool { variables[name] != nil }

    /// Adds or replaces `name` in this scope.
    func set(_ name: String, _ variable: Variable) { variables[name] = variable }

    /// Every name visible from this scope.
    var visibleNames: [String] {
        var names = Set<String>()
        var scope: Scope? = self
        while let current = scope {
            names.formUnion(current.variables.keys)
            scope = current.parent
        }
        return names.sorted()
    }
}
