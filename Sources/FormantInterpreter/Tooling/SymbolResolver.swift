import FormantScript

/// What a dotted name chain denotes for tooling, found without running calls: variables and their
/// properties, registered types and their static members, functions.
enum ResolvedSymbol {
    case value(Value)
    case type(TypeDescriptor)
    case function(Function)
}

extension Interpreter {
    /// Resolves `a.b.c` against the globals and the registry; `nil` if any link is unknown.
    func resolve(_ chain: [String]) -> ResolvedSymbol? {
        guard let first = chain.first else { return nil }
        var current: ResolvedSymbol
        if let variable = evaluator.globals.lookup(first), let value = variable.value {
            current = value.functionValue.map(ResolvedSymbol.function) ?? .value(value)
        } else if let type = registry.types[first] {
            current = .type(type)
        } else if let function = registry.functions[first] {
            current = .function(function)
        } else {
            return nil
        }
        for name in chain.dropFirst() {
            switch current {
            case .value(let value):
                guard let member = try? evaluator.memberValue(name, of: value) else { return nil }
                current = member.functionValue.map(ResolvedSymbol.function) ?? .value(member)
            case .type(let type):
                if let property = type.staticProperties[name], let value = try? property.get(.void) {
                    current = .value(value)
                } else if let method = type.staticMethods[name] {
                    current = .function(method)
                } else {
                    return nil
                }
            case .function:
                return nil
            }
        }
        return current
    }
}
