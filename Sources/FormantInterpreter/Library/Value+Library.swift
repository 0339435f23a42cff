import FormantScript

/// Helpers the builtin members share: typed views of receivers and calls to user closures.
extension Value {
    /// The elements of an array receiver (ranges and strings give theirs).
    func elements() throws -> [Value] { try SequenceIterator.elements(of: self) }

    /// The text of a string receiver.
    func text() throws -> String {
        guard case .string(let text) = self else {
            throw InterpreterError.typeMismatch(expected: "String", actual: typeName, context: "receiver of type")
        }
        return text
    }
}

extension Function {
    /// Calls the closure with `arguments` and requires a Bool result (predicates, comparators).
    func test(_ arguments: [Value], in context: ScriptContext) throws -> Bool {
        let result = try call(arguments, in: context)
        guard case .bool(let flag) = result else {
            throw InterpreterError.typeMismatch(expected: "Bool", actual: result.typeName, context: "closure result of type")
        }
        return flag
    }
}
