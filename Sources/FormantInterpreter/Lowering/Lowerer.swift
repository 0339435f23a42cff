import SwiftSyntax

/// Turns a parsed cell (SwiftSyntax tree) into the interpreter's own compact tree.
///
/// Lowering resolves what the syntax tree leaves open (operator precedence, literal values,
/// string escapes, pattern shapes) and rejects valid Swift outside the Formant subset with an
/// "… is not supported in Formant scripts" error at its line and column.
struct Lowerer {
    let converter: SourceLocationConverter
    /// The cell's index in the interpreter's `SourceArchive`.
    let source: Int

    /// The location where `node` starts, after its leading trivia.
    func location(of node: some SyntaxProtocol) -> SourceLocation {
        let position = converter.location(for: node.positionAfterSkippingLeadingTrivia)
        return SourceLocation(source: source, line: position.line, column: position.column)
    }

    /// An error at `node`.
    func failure(_ error: InterpreterError, at node: some SyntaxProtocol) -> RaisedError {
        RaisedError(error, at: location(of: node))
    }

    /// Lowers a whole cell; also says whether its last item ends with `;` (which hides its value).
    func lower(file: SourceFileSyntax) throws -> (statements: [Statement], endsWithSemicolon: Bool) {
        let statements = try lower(items: file.statements)
        return (statements, file.statements.last?.semicolon != nil)
    }

    /// Lowers a list of block items.
    func lower(items: CodeBlockItemListSyntax) throws -> [Statement] {
        var statements: [Statement] = []
        for item in items {
            switch item.item {
            case .decl(let decl): statements += try lower(declaration: decl)
            case .stmt(let stmt): statements.append(try lower(statement: stmt))
            case .expr(let expr): statements.append(try lower(expressionStatement: expr))
            }
        }
        return statements
    }

    /// Lowers a `{ … }` block.
    func lower(block: CodeBlockSyntax) throws -> [Statement] {
        try lower(items: block.statements)
    }

    /// Lowers an expression used as a statement; `if` and `switch` become statements.
    func lower(expressionStatement expr: ExprSyntax) throws -> Statement {
        let location = location(of: expr)
        if let ifExpr = expr.as(IfExprSyntax.self) {
            return Statement(kind: .if(try lower(if: ifExpr)), location: location)
        }
        if let switchExpr = expr.as(SwitchExprSyntax.self) {
            return Statement(kind: .switch(try lower(switch: switchExpr)), location: location)
        }
        return Statement(kind: .expression(try lower(expression: expr)), location: location)
    }
}
