import SwiftDiagnostics
import SwiftParserDiagnostics
import SwiftSyntax

/// Syntax errors reported the way swiftc shows them: `line:column: message`, then the source
/// with a caret and any fix-it, from SwiftParserDiagnostics and `DiagnosticsFormatter`.
enum SyntaxFailure {
    /// The failure for a parsed cell, or `nil` when it has no syntax error.
    static func failure(for tree: SourceFileSyntax) -> ScriptFailure? {
        guard tree.hasError else { return nil }
        let diagnostics = ParseDiagnosticsGenerator.diagnostics(for: tree).filter { $0.diagMessage.severity == .error }
        guard let first = diagnostics.first else { return nil }
        let converter = SourceLocationConverter(fileName: "cell", tree: tree)
        let location = first.location(converter: converter)
        let message = "\(location.line):\(location.column): \(first.message)"
        let annotated = DiagnosticsFormatter.annotatedSource(tree: tree, diags: diagnostics)
        var traceback = annotated.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while traceback.last?.isEmpty == true { traceback.removeLast() }
        traceback.append("SyntaxError: \(message)")
        return ScriptFailure(name: "SyntaxError", message: message, traceback: traceback)
    }
}
