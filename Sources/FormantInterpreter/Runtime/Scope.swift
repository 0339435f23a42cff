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
    /// Most scopes hold a few names (a loop variable, a closure's parameters): a short list
    /// searched linearly is cheaper to build and to search than a dictionary.
    private var entries: [(name: String, variable: Variable)] = []
    /// Scopes with many names (the globals) switch to a dictionary.
    private var table: [String: Variable]?
    private static let listLimit = 8

    init(parent: Scope?) {
        self.parent = parent
    }

    /// The variable `name` as seen from this scope.
    func lookup(_ name: String) -> Variable? {
        var scope: Scope? = self
        while let current = scope {
            if let variable = current.local(name) { return variable }
            scope = current.parent
        }
        return nil
    }

    /// Whether this scope itself (not a parent) declares `name`.
    func declaresLocally(_ name: String) -> Bool { local(name) != nil }

    /// Adds or replaces `name` in this scope.
    func set(_ name: String, _ variable: Variable) {
        if table != nil {
            table?[name] = variable
        } else if let index = entries.firstIndex(where: { $0.name == name }) {
            entries[index].variable = variable
        } else if entries.count < Self.listLimit {
            entries.append((name, variable))
        } else {
            var dictionary = Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0.variable) })
            dictionary[name] = variable
            table = dictionary
            entries = []
        }
    }

    /// The names this scope itself declares.
    var localNames: [String] { table.map { Array($0.keys) } ?? entries.map(\.name) }

    /// Every name visible from this scope.
    var visibleNames: [String] {
        var names = Set<String>()
        var scope: Scope? = self
        while let current = scope {
            names.formUnion(current.localNames)
            scope = current.parent
        }
        return names.sorted()
    }

    private func local(_ name: String) -> Variable? {
        if let table { return table[name] }
        for entry in entries where entry.name == name { return entry.variable }
        return nil
    }
}
