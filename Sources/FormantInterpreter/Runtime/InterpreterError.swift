/// Every error the language itself raises, in one enum; `InterpreterError+Message.swift` words
/// them all (the error's Jupyter name and its one-line message).
enum InterpreterError: Error {
    // Lowering: valid Swift outside the Formant subset, or misuse the parser accepts.
    case unsupported(String)
    case invalidLiteral(String)
    case letWithoutValue
    case functionWithoutBody(String)
    case ifLetWithoutName
    // Names and declarations.
    case undefinedName(String, suggestion: String?)
    case redeclaration(String)
    case assignToConstant(String)
    case mutatingImmutable(member: String, reason: String)
    case notAssignable(String)
    case uninitialized(String)
    case typeUsedAsValue(String, members: [String])
    // Types.
    case typeMismatch(expected: String, actual: String, context: String)
    case mixedArithmetic(operator: String, left: String, right: String)
    case unsupportedOperator(operator: String, left: String, right: String?)
    case doubleRemainder
    case notBoolean(context: String, actual: String)
    case notCallable(String)
    case noMember(type: String, member: String, suggestion: String?)
    case noStaticMember(type: String, member: String, suggestion: String?)
    case unresolvedImplicitMember(String)
    case notIterable(String)
    case notSubscriptable(String)
    case stringIntegerSubscript
    case wrongSubscript(type: String, index: String)
    case tupleArity(expected: Int, actual: Int)
    case closureArity(expected: Int, actual: Int)
    case incomparable(String, String)
    case castFailed(from: String, to: String)
    // Arithmetic and ranges.
    case overflow(operator: String, left: String, right: String)
    case divisionByZero
    case conversionOverflow(String)
    case invalidRange(lower: Int, upper: Int)
    case strideZero
    case sequenceTooLong(Int)
    // Collections and optionals.
    case indexOutOfRange(index: Int, count: Int)
    case rangeOutOfBounds(range: String, count: Int)
    case emptyCollection(String)
    case unexpectedNil(String)
    case missingReturn(String)
    case unexpectedReturnValue(String)
    // Control.
    case recursionLimit(Int)
    case stackExhausted
    case misplacedControl(String)
    case guardFallthrough
    case thrown(String)
    case readLineUnavailable(String)
    case assertionFailed(String)
    // Arguments of the language's own builtins.
    case negativeCount(function: String, count: Int)
    case emptyRandomRange(function: String)
    case closureForValue(function: String)
    case format(FormatProblem)

    /// What is wrong with a `String(format:_:)` call.
    enum FormatProblem {
        case endsInsideConversion
        case tooFewArguments
        case tooManyArguments
        case unsupportedConversion(Character)
        case mismatch(conversion: Character, type: String)
    }
}
