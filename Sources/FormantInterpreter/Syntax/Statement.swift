/// A statement of the lowered tree, with the location errors point at.
struct Statement {
    /// What the statement is.
    let kind: Kind
    /// Where it starts in the cell.
    let location: SourceLocation

    /// The statements the interpreter runs.
    enum Kind {
        case expression(Expression)
        /// `let`/`var` with a pattern, an optional annotation and an optional initial value.
        case declaration(isMutable: Bool, pattern: Pattern, type: TypeReference?, value: Expression?)
        case function(FunctionDeclaration)
        case `if`(IfStatement)
        case `guard`([Condition], body: [Statement])
        case `while`([Condition], body: [Statement], label: String?)
        case `repeat`(body: [Statement], condition: Expression, label: String?)
        case `for`(ForStatement)
        case `switch`(SwitchStatement)
        /// `do { … }` with optional `catch` blocks.
        case `do`(body: [Statement], catchBody: [Statement]?)
        case `break`(label: String?)
        case `continue`(label: String?)
        case `return`(Expression?)
    }
}

/// A condition of `if`, `guard` and `while`.
enum Condition {
    /// A Boolean expression.
    case boolean(Expression)
    /// `let pattern = value` (or `if let x`): holds when the value is not nil.
    case optionalBinding(Pattern, Expression, isMutable: Bool)
    /// `case pattern = value`.
    case matches(Pattern, Expression)
}

/// `if conditions { … } else …`.
struct IfStatement {
    let conditions: [Condition]
    let body: [Statement]
    /// The `else` branch: a block (an `else if` is a block holding one `if`).
    let elseBody: [Statement]?
}

/// `for pattern in sequence where condition { … }`.
struct ForStatement {
    let pattern: Pattern
    let sequence: Expression
    let filter: Expression?
    let body: [Statement]
    let label: String?
}

/// `switch subject { case …: … default: … }`.
struct SwitchStatement {
    /// One `case` (or `default`, whose pattern list is a single wildcard).
    struct Case {
        let patterns: [(pattern: Pattern, guard: Expression?)]
        let body: [Statement]
        let location: SourceLocation
    }

    let subject: Expression
    let cases: [Case]
}

/// A pattern of `case`, `let`, `for` and `if let`.
indirect enum Pattern {
    /// `_`.
    case wildcard
    /// A name that binds the matched value.
    case binding(String)
    /// A value compared with `~=` (a literal, a range, an implicit member, any expression).
    case expression(Expression)
    /// `(p1, p2, …)`.
    case tuple([Pattern])
    /// `p?`: matches a non-nil value.
    case optional(Pattern)

    /// The names this pattern binds, in order.
    var boundNames: [String] {
        switch self {
        case .wildcard, .expression: return []
        case .binding(let name): return [name]
        case .tuple(let elements): return elements.flatMap(\.boundNames)
        case .optional(let inner): return inner.boundNames
        }
    }
}

/// A parameter of a user function or closure.
struct ParameterDeclaration {
    /// The argument label, `nil` for `_`.
    let label: String?
    /// The name the body uses.
    let name: String
    /// The declared type, if any (closures may leave it out).
    let type: TypeReference?
    /// The default value's expression.
    let defaultValue: Expression?
    let isVariadic: Bool
}

/// `func name(parameters) -> Result { body }`.
struct FunctionDeclaration {
    let name: String
    let parameters: [ParameterDeclaration]
    let returnType: TypeReference?
    let body: [Statement]
    /// The declaration as written, without its body, for inspect.
    let signatureText: String
    /// The leading `///` comment.
    let doc: String
    let location: SourceLocation
}

/// `{ params in body }` or `{ $0 … }`.
final class ClosureDeclaration {
    let parameters: [ParameterDeclaration]
    /// How many `$n` names the body uses (the highest n plus one), when it declares no parameters.
    let shorthandCount: Int
    let body: [Statement]
    let location: SourceLocation

    init(parameters: [ParameterDeclaration], shorthandCount: Int, body: [Statement], location: SourceLocation) {
        self.parameters = parameters
        self.shorthandCount = shorthandCount
        self.body = body
        self.location = location
    }
}
