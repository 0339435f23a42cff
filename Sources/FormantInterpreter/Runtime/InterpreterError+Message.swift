extension InterpreterError {
    /// The error's name as Jupyter shows it (`ename`).
    var name: String {
        switch self {
        case .unsupported, .invalidLiteral, .letWithoutValue, .functionWithoutBody, .ifLetWithoutName: return "SyntaxError"
        case .negativeCount, .emptyRandomRange, .closureForValue, .format: return "ArgumentError"
        case .assertionFailed: return "AssertionError"
        case .undefinedName, .redeclaration, .typeUsedAsValue, .noMember, .noStaticMember, .unresolvedImplicitMember: return "NameError"
        case .assignToConstant, .mutatingImmutable, .notAssignable, .uninitialized: return "AssignmentError"
        case .typeMismatch, .mixedArithmetic, .unsupportedOperator, .doubleRemainder, .notBoolean, .notCallable,
            .notIterable, .notSubscriptable, .stringIntegerSubscript, .wrongSubscript, .tupleArity, .closureArity,
            .incomparable, .castFailed:
            return "TypeError"
        case .overflow, .divisionByZero, .conversionOverflow: return "ArithmeticError"
        case .invalidRange, .strideZero, .sequenceTooLong, .indexOutOfRange, .rangeOutOfBounds, .emptyCollection: return "IndexError"
        case .unexpectedNil: return "NilError"
        case .missingReturn, .unexpectedReturnValue, .misplacedControl, .guardFallthrough: return "ControlFlowError"
        case .recursionLimit, .stackExhausted: return "RecursionError"
        case .thrown: return "Error"
        case .readLineUnavailable: return "InputError"
        }
    }

    /// The one-line explanation (`evalue`).
    var message: String {
        switch self {
        case .unsupported(let construct): return "\(construct) is not supported in Formant scripts"
        case .invalidLiteral(let text): return "invalid literal '\(text)'"
        case .letWithoutValue: return "'let' declarations need a value or a type annotation"
        case .functionWithoutBody(let name): return "function '\(name)' needs a body"
        case .ifLetWithoutName: return "'if let' without a value needs a plain name"
        case .undefinedName(let name, let suggestion):
            return "cannot find '\(name)' in scope" + didYouMean(suggestion)
        case .redeclaration(let name): return "invalid redeclaration of '\(name)'"
        case .typeUsedAsValue(let name, let members):
            let examples = members.prefix(3).map { "\(name).\($0)" }.joined(separator: ", ")
            return "'\(name)' is a type, not a value" + (examples.isEmpty ? "" : "; use one of its members, e.g. \(examples)")
        case .assignToConstant(let name): return "cannot assign to value: '\(name)' is a 'let' constant"
        case .mutatingImmutable(let member, let reason):
            return "cannot use mutating member '\(member)' on immutable value: \(reason)"
        case .notAssignable(let what): return "cannot assign to \(what)"
        case .uninitialized(let name): return "variable '\(name)' used before being initialized"
        case .typeMismatch(let expected, let actual, let context):
            let hint = expected == "Double" && actual == "Int" ? "; use Double(x)" : expected == "Int" && actual == "Double" ? "; use Int(x)" : ""
            return "cannot convert value of type '\(actual)' to \(context) '\(expected)'\(hint)"
        case .mixedArithmetic(let op, let left, let right):
            return "binary operator '\(op)' cannot be applied to operands of type '\(left)' and '\(right)'; "
                + "convert one side, e.g. Double(x) or Int(x)"
        case .unsupportedOperator(let op, let left, let right):
            if let right { return "binary operator '\(op)' cannot be applied to operands of type '\(left)' and '\(right)'" }
            return "unary operator '\(op)' cannot be applied to an operand of type '\(left)'"
        case .doubleRemainder:
            return "'%' is unavailable for Double: use x.truncatingRemainder(dividingBy: y)"
        case .notBoolean(let context, let actual): return "\(context) must be a Bool, not '\(actual)'"
        case .notCallable(let type): return "cannot call value of non-function type '\(type)'"
        case .noMember(let type, let member, let suggestion):
            return "value of type '\(type)' has no member '\(member)'" + didYouMean(suggestion)
        case .noStaticMember(let type, let member, let suggestion):
            return "type '\(type)' has no member '\(member)'" + didYouMean(suggestion)
        case .unresolvedImplicitMember(let member):
            return "cannot infer the type of '.\(member)' here; write the type, e.g. Task.\(member)"
        case .notIterable(let type):
            return "a value of type '\(type)' is not a sequence (ranges, arrays, dictionaries and strings are)"
        case .notSubscriptable(let type): return "value of type '\(type)' has no subscripts"
        case .stringIntegerSubscript:
            return "a String cannot be subscripted by an Int (Swift strings are not indexed by offset); "
                + "use Array(s)[i], s.prefix(n) or s.dropFirst(n)"
        case .wrongSubscript(let type, let index): return "cannot subscript a value of type '\(type)' with '\(index)'"
        case .tupleArity(let expected, let actual):
            return "cannot match a tuple of \(actual) elements against a pattern of \(expected) elements"
        case .closureArity(let expected, let actual):
            return "closure takes \(expected) argument\(expected == 1 ? "" : "s") but was called with \(actual)"
        case .incomparable(let left, let right): return "cannot compare values of type '\(left)' and '\(right)'"
        case .castFailed(let from, let to): return "could not cast value of type '\(from)' to '\(to)'"
        case .overflow(let op, let left, let right):
            return "arithmetic overflow: \(left) \(op) \(right) does not fit in an Int"
        case .divisionByZero: return "division by zero"
        case .conversionOverflow(let value): return "\(value) cannot be converted to Int: it is not finite or too large"
        case .invalidRange(let lower, let upper): return "range requires lowerBound <= upperBound, got \(lower) and \(upper)"
        case .strideZero: return "stride step must not be zero"
        case .sequenceTooLong(let count):
            return "a sequence of \(count) elements is too long to build as an array (limit \(SequenceIterator.maximumCount))"
        case .indexOutOfRange(let index, let count):
            return "index \(index) out of range (the collection has \(count) element\(count == 1 ? "" : "s"))"
        case .rangeOutOfBounds(let range, let count):
            return "range \(range) out of bounds (the collection has \(count) element\(count == 1 ? "" : "s"))"
        case .emptyCollection(let what): return "\(what) on an empty collection"
        case .unexpectedNil(let what): return "unexpectedly found nil while unwrapping \(what)"
        case .missingReturn(let function): return "missing return in '\(function)', which declares a result"
        case .unexpectedReturnValue(let function):
            return "'\(function)' returns a value but declares no result type: add '-> Type' to its declaration"
        case .recursionLimit(let depth):
            return "maximum call depth (\(depth)) exceeded: is a recursion missing its base case?"
        case .stackExhausted: return "expression or call chain nested too deeply"
        case .misplacedControl(let statement): return "'\(statement)' is only allowed inside a loop or switch"
        case .guardFallthrough: return "'guard' body must not fall through: end it with return, break or continue"
        case .thrown(let message): return message
        case .readLineUnavailable(let reason): return "readLine() is unavailable: \(reason)"
        case .assertionFailed(let message): return "assertion failed" + (message.isEmpty ? "" : ": " + message)
        case .negativeCount(let function, let count): return "\(function): count must not be negative, got \(count)"
        case .emptyRandomRange(let function): return "\(function): the range must not be empty"
        case .closureForValue(let function): return "\(function): a closure was passed where a value is expected"
        case .format(let problem): return "String(format:_:): " + Self.describe(problem)
        }
    }

    private static func describe(_ problem: FormatProblem) -> String {
        switch problem {
        case .endsInsideConversion: return "the format ends inside a conversion"
        case .tooFewArguments: return "the format has more conversions than arguments"
        case .tooManyArguments: return "the format has fewer conversions than arguments"
        case .unsupportedConversion(let conversion): return "'%\(conversion)' is not a supported conversion"
        case .mismatch(let conversion, let type): return "'%\(conversion)' cannot format a value of type '\(type)'"
        }
    }

    private func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
