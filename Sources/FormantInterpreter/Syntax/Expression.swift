import FormantScript

/// An expression of the lowered tree, with the location errors point at.
struct Expression {
    /// What the expression is.
    let kind: Kind
    /// Where it starts in the cell.
    let location: SourceLocation

    /// The shapes of expression the interpreter evaluates.
    indirect enum Kind {
        /// A literal: Int, Double, String, Bool or nil.
        case literal(Value)
        /// A string with `\(…)` interpolations.
        case interpolation([InterpolationPart])
        /// A name: a variable, a function, `$0`.
        case identifier(String)
        /// `.name`, resolved against the type the context expects.
        case implicitMember(String)
        case array([Expression])
        case dictionary([(key: Expression, value: Expression)])
        case tuple([Expression], labels: [String?])
        /// `base.name` (tuple elements `.0` included).
        case member(Expression, String)
        /// A call; `trailingClosures` counts how many of the arguments were written after the parenthesis.
        case call(Expression, [CallArgument], trailingClosures: Int)
        case `subscript`(Expression, [CallArgument])
        case closure(ClosureDeclaration)
        /// A prefix operator: `-x`, `!x`.
        case prefix(String, Expression)
        /// A binary operator; `literalOperands` tells which sides are integer-literal arithmetic,
        /// which may become Double as in Swift (`1 + 2.5`).
        case binary(String, Expression, Expression, literalOperands: (Bool, Bool))
        /// `a && b`, `a || b` (the right side runs only when needed).
        case logical(isAnd: Bool, Expression, Expression)
        /// `a ?? b` (the right side runs only when `a` is nil).
        case nilCoalescing(Expression, Expression)
        /// `a..<b`, `a...b`, and one-sided ranges `a...`, `..<b`.
        case range(Expression?, Expression?, isClosed: Bool)
        case ternary(Expression, Expression, Expression)
        /// `target = value`.
        case assignment(Expression, Expression)
        /// `target op= value`.
        case compoundAssignment(String, Expression, Expression)
        /// `_` on the left of an assignment.
        case discard
        case forceUnwrap(Expression)
        /// `base?` inside an optional chain: stops the chain when `base` is nil.
        case optionalChain(Expression)
        /// The whole of an optional chain: nil when any link was nil.
        case optionalEvaluation(Expression)
        /// `try`, `try?` or `try!` around an expression.
        case `try`(Expression, TryKind)
        /// `if` used as a value.
        case ifValue(IfStatement)
        /// `switch` used as a value.
        case switchValue(SwitchStatement)
        /// A value converted to a type written as an expression (`[Double](repeating: 0, count: n)`).
        case converted(Expression, TypeReference)
        /// `value as Type`, `as?`, `as!`, `is`.
        case cast(Expression, TypeReference, CastKind)
    }
}

/// A piece of an interpolated string.
enum InterpolationPart {
    case text(String)
    case value(Expression)
}

/// One argument as written at a call site.
struct CallArgument {
    /// The label, or `nil`.
    let label: String?
    /// The argument's expression.
    let value: Expression
}

/// The three forms of `try`.
enum TryKind {
    case plain, optional, forced
}

/// The forms of a type cast.
enum CastKind {
    case coerce, conditional, forced, check
}

extension Expression {
    /// Whether the expression is made of integer literals only (`2`, `-1`, `2 * 3`), so Swift
    /// would type it as Double where a Double is needed.
    var isIntegerLiteralArithmetic: Bool {
        switch kind {
        case .literal(.int): return true
        case .prefix("-", let operand): return operand.isIntegerLiteralArithmetic
        case .binary(_, let left, let right, _):
            return left.isIntegerLiteralArithmetic && right.isIntegerLiteralArithmetic
        default: return false
        }
    }
}
