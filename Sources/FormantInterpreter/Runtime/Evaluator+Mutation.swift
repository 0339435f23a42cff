import FormantScript

extension Evaluator {
    /// `target = value`: converts to the variable's type and stores.
    func assign(_ value: Value, to target: Expression, in scope: Scope) throws {
        switch target.kind {
        case .discard:
            return
        case .identifier(let name):
            let variable = try mutableVariable(name, in: scope)
            variable.value = try variable.type.map { try conversion.convert(value, to: $0, context: "type") } ?? value
        case .tuple(let targets, _):
            guard case .tuple(let elements, _) = value, elements.count == targets.count else {
                throw InterpreterError.tupleArity(expected: targets.count, actual: value.tupleCount)
            }
            for (element, inner) in zip(elements, targets) { try assign(element, to: inner, in: scope) }
        case .subscript(let base, _):
            var stored = value
            if let element = elementType(of: base, in: scope), value != .null {
                stored = try conversion.convert(value, to: element, context: "element type")
            }
            try modify(target, in: scope) { slot in slot = Self.keepingNumberType(of: slot, stored) }
        default:
            try modify(target, in: scope) { slot in slot = Self.keepingNumberType(of: slot, value) }
        }
    }

    /// Runs `body` on the storage `target` names, in place (`a[i].x += 1`, `a.append(…)`).
    ///
    /// The value is moved out of its variable while `body` runs, so arrays are changed without
    /// copying, and code that reads the variable meanwhile cannot trip Swift's exclusivity checks.
    @discardableResult
    func modify<T>(_ target: Expression, in scope: Scope, mutatingMember: String? = nil,
                   _ body: (inout Value) throws -> T) throws -> T {
        switch target.kind {
        case .identifier(let name):
            let variable: Variable
            do {
                variable = try mutableVariable(name, in: scope)
            } catch InterpreterError.assignToConstant(let constant) where mutatingMember != nil {
                throw InterpreterError.mutatingImmutable(member: mutatingMember ?? "",
                                                         reason: "'\(constant)' is a 'let' constant")
            }
            guard var value = variable.value else { throw InterpreterError.uninitialized(name) }
            variable.value = nil
            defer { variable.value = value }
            return try body(&value)
        case .subscript(let base, let arguments):
            return try modify(base, in: scope, mutatingMember: mutatingMember) { container in
                let index = try subscriptIndex(arguments, count: container.arrayLikeCount, in: scope)
                return try modifyElement(of: &container, at: index, body)
            }
        case .member(let base, let name):
            return try modify(base, in: scope, mutatingMember: mutatingMember) { container in
                guard case .tuple(var elements, let labels) = container,
                      let index = labels.firstIndex(of: name) ?? Int(name), elements.indices.contains(index)
                else { throw InterpreterError.notAssignable("property '\(name)' of a value of type '\(container.typeName)'") }
                container = .void
                defer { container = .tuple(elements, labels: labels) }
                return try body(&elements[index])
            }
        case .forceUnwrap(let base):
            return try modify(base, in: scope, mutatingMember: mutatingMember) { value in
                if case .null = value { throw InterpreterError.unexpectedNil("an Optional value") }
                return try body(&value)
            }
        default:
            throw InterpreterError.notAssignable("this expression")
        }
    }

    /// Changes one element of `container` in place.
    ///
    /// The container's storage is moved out before the change (never bound through a tuple or a
    /// second copy), so nested arrays grow in place rather than being copied on every append.
    private func modifyElement<T>(of container: inout Value, at index: SubscriptIndex,
                                  _ body: (inout Value) throws -> T) throws -> T {
        if case .string = container { throw InterpreterError.stringIntegerSubscript }
        switch index {
        case .position(let position):
            guard case .array(var elements) = container else { throw InterpreterError.notSubscriptable(container.typeName) }
            container = .void
            defer { container = .array(elements) }
            guard elements.indices.contains(position) else {
                throw InterpreterError.indexOutOfRange(index: position, count: elements.count)
            }
            let wasDouble = elements[position].isDouble
            let result = try body(&elements[position])
            if wasDouble { elements[position] = Self.keepingNumberType(of: .double(0), elements[position]) }
            return result
        case .slice(let range):
            guard case .array(var elements) = container else { throw InterpreterError.notSubscriptable(container.typeName) }
            let bounds = try checked(range, count: elements.count)
            var slice = Value.array(Array(elements[bounds]))
            let result = try body(&slice)
            guard case .array(let replacement) = slice else {
                throw InterpreterError.typeMismatch(expected: "Array", actual: slice.typeName, context: "slice of type")
            }
            container = .void
            elements.replaceSubrange(bounds, with: replacement)
            container = .array(elements)
            return result
        case .key(let key, let fallback):
            guard case .dictionary(var entries) = container else { throw InterpreterError.notSubscriptable(container.typeName) }
            container = .void
            defer { container = .dictionary(entries) }
            let existed = entries.index(forKey: key) != nil
            var value = entries[key] ?? fallback ?? .null
            if existed { entries[key] = .void }  // leave `value` the only reference, so it changes in place
            defer { entries[key] = value == .null ? nil : value }
            return try body(&value)
        }
    }

    private func mutableVariable(_ name: String, in scope: Scope) throws -> Variable {
        guard let variable = scope.lookup(name) else { throw undefinedName(name, in: scope) }
        guard variable.isMutable else { throw InterpreterError.assignToConstant(name) }
        return variable
    }

    /// An Int stored where a Double was keeps the slot a Double (`a[0] = 1` in a `[Double]`).
    static func keepingNumberType(of old: Value, _ new: Value) -> Value {
        if case .double = old, case .int(let i) = new { return .double(Double(i)) }
        return new
    }
}

extension Value {
    /// Whether this is a Double.
    var isDouble: Bool {
        if case .double = self { return true }
        return false
    }

    /// The number of elements of a tuple (1 for anything else).
    var tupleCount: Int {
        if case .tuple(let elements, _) = self { return elements.count }
        return 1
    }
}
