import FormantScript

/// Swift's arithmetic, comparison and logic operators on script values: checked Int arithmetic
/// (overflow and division by zero are errors, not traps), IEEE Double arithmetic, no implicit
/// mixing of Int and Double except for integer literals, which the caller promotes first.
enum Arithmetic {
    /// `left op right`, for operands that already have compatible types.
    static func binary(_ op: String, _ left: Value, _ right: Value) throws -> Value {
        switch (left, right) {
        case let (.int(a), .int(b)): return try integer(op, a, b)
        case let (.double(a), .double(b)): return try double(op, a, b)
        case (.int, .double), (.double, .int):
            if op == "==" || op == "!=" || isOrdering(op) || isArithmetic(op) {
                throw InterpreterError.mixedArithmetic(operator: op, left: left.typeName, right: right.typeName)
            }
        case let (.string(a), .string(b)):
            if op == "+" { return .string(a + b) }
        case let (.array(a), .array(b)):
            if op == "+" { return .array(a + b) }
        case let (.bool(a), .bool(b)):
            if op == "^" { return .bool(a != b) }
        default: break
        }
        switch op {
        case "==": return .bool(left == right)
        case "!=": return .bool(left != right)
        case "===": return .bool(left == right)
        case "!==": return .bool(left != right)
        case _ where isOrdering(op): return .bool(try ordering(op, ValueOrdering.compare(left, right)))
        default:
            throw InterpreterError.unsupportedOperator(operator: op, left: left.typeName, right: right.typeName)
        }
    }

    /// `op operand` for the prefix operators `-`, `+` and `!`.
    static func prefix(_ op: String, _ operand: Value) throws -> Value {
        switch (op, operand) {
        case ("-", .int(let i)):
            let (negated, overflow) = 0.subtractingReportingOverflow(i)
            if overflow { throw InterpreterError.overflow(operator: "-", left: "0", right: String(i)) }
            return .int(negated)
        case ("-", .double(let d)): return .double(-d)
        case ("+", .int), ("+", .double): return operand
        case ("!", .bool(let b)): return .bool(!b)
        default: throw InterpreterError.unsupportedOperator(operator: op, left: operand.typeName, right: nil)
        }
    }

    private static func isOrdering(_ op: String) -> Bool { op == "<" || op == "<=" || op == ">" || op == ">=" }
    private static func isArithmetic(_ op: String) -> Bool { op == "+" || op == "-" || op == "*" || op == "/" || op == "%" }

    private static func ordering(_ op: String, _ order: Int) -> Bool {
        switch op {
        case "<": return order < 0
        case "<=": return order <= 0
        case ">": return order > 0
        default: return order >= 0
        }
    }

    private static func integer(_ op: String, _ a: Int, _ b: Int) throws -> Value {
        func checked(_ result: (partialValue: Int, overflow: Bool)) throws -> Value {
            if result.overflow { throw InterpreterError.overflow(operator: op, left: String(a), right: String(b)) }
            return .int(result.partialValue)
        }
        switch op {
        case "+": return try checked(a.addingReportingOverflow(b))
        case "-": return try checked(a.subtractingReportingOverflow(b))
        case "*": return try checked(a.multipliedReportingOverflow(by: b))
        case "/":
            if b == 0 { throw InterpreterError.divisionByZero }
            return try checked(a.dividedReportingOverflow(by: b))
        case "%":
            if b == 0 { throw InterpreterError.divisionByZero }
            return try checked(a.remainderReportingOverflow(dividingBy: b))
        case "&+": return .int(a &+ b)
        case "&-": return .int(a &- b)
        case "&*": return .int(a &* b)
        case "&": return .int(a & b)
        case "|": return .int(a | b)
        case "^": return .int(a ^ b)
        case "<<": return .int(a << b)
        case ">>": return .int(a >> b)
        default:
            guard let result = compare(op, a, b) else {
                throw InterpreterError.unsupportedOperator(operator: op, left: "Int", right: "Int")
            }
            return result
        }
    }

    private static func double(_ op: String, _ a: Double, _ b: Double) throws -> Value {
        switch op {
        case "+": return .double(a + b)
        case "-": return .double(a - b)
        case "*": return .double(a * b)
        case "/": return .double(a / b)
        case "%": throw InterpreterError.doubleRemainder
        default:
            guard let result = compare(op, a, b) else {
                throw InterpreterError.unsupportedOperator(operator: op, left: "Double", right: "Double")
            }
            return result
        }
    }

    /// A comparison operator on two numbers of one type, or `nil` if `op` is not one.
    private static func compare<T: Comparable>(_ op: String, _ a: T, _ b: T) -> Value? {
        switch op {
        case "==": return .bool(a == b)
        case "!=": return .bool(a != b)
        case "<": return .bool(a < b)
        case "<=": return .bool(a <= b)
        case ">": return .bool(a > b)
        case ">=": return .bool(a >= b)
        default: return nil
        }
    }
}
