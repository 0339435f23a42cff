import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// is_complete: a cell that parses is complete; one that ends inside a bracket, block, multi-line
/// string or block comment (or after a binary operator or a dangling `else`) is incomplete; anything else is invalid.
enum CompletenessChecker {
    static func check(_ code: String) -> Completeness {
        let tree = Parser.parse(source: code)
        let hasErrors = tree.hasError
            && ParseDiagnosticsGenerator.diagnostics(for: tree).contains { $0.diagMessage.severity == .error }
        if !hasErrors { return .complete }
        let scan = Scan(code)
        if scan.isOpen { return .incomplete(indent: String(repeating: "    ", count: max(1, scan.depth))) }
        let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
        if let last = trimmed.last, "+-*/%=&|<>,.?:".contains(last) || trimmed.hasSuffix(" else") {
            return .incomplete(indent: String(repeating: "    ", count: scan.depth))
        }
        return .invalid
    }

    /// The open brackets, strings and comments at the end of the code.
    private struct Scan {
        var depth = 0
        var inMultilineString = false
        var inBlockComment = 0

        var isOpen: Bool { depth > 0 || inMultilineString || inBlockComment > 0 }

        init(_ code: String) {
            let characters = Array(code)
            var index = 0
            var inString = false
            func at(_ offset: Int, _ text: String) -> Bool {
                let pattern = Array(text)
                guard offset + pattern.count <= characters.count else { return false }
                return Array(characters[offset..<offset + pattern.count]) == pattern
            }
            while index < characters.count {
                let character = characters[index]
                if inBlockComment > 0 {
                    if at(index, "*/") { inBlockComment -= 1; index += 1 } else if at(index, "/*") { inBlockComment += 1; index += 1 }
                } else if inMultilineString {
                    if character == "\\" { index += 1 } else if at(index, "\"\"\"") { inMultilineString = false; index += 2 }
                } else if inString {
                    if character == "\\" { index += 1 } else if character == "\"" || character == "\n" { inString = false }
                } else if at(index, "//") {
                    while index < characters.count, characters[index] != "\n" { index += 1 }
                } else if at(index, "/*") {
                    inBlockComment = 1
                    index += 1
                } else if at(index, "\"\"\"") {
                    inMultilineString = true
                    index += 2
                } else if character == "\"" {
                    inString = true
                } else if "([{".contains(character) {
                    depth += 1
                } else if ")]}".contains(character) {
                    depth = max(0, depth - 1)
                }
                index += 1
            }
        }
    }
}
