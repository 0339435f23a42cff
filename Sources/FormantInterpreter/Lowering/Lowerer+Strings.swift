import SwiftSyntax

extension Lowerer {
    /// Lowers a string literal (plain, multi-line or raw), with its escapes and interpolations.
    func lower(string node: StringLiteralExprSyntax) throws -> Expression {
        let pounds = node.openingPounds?.text.count ?? 0
        var parts: [InterpolationPart] = []
        for segment in node.segments {
            switch segment {
            case .stringSegment(let text):
                let unescaped = try unescape(text.content.text, pounds: pounds, at: text)
                if case .text(let previous) = parts.last {
                    parts[parts.count - 1] = .text(previous + unescaped)
                } else {
                    parts.append(.text(unescaped))
                }
            case .expressionSegment(let interpolation):
                guard interpolation.expressions.count == 1, let only = interpolation.expressions.first,
                      only.label == nil
                else { throw failure(.unsupported("an interpolation with labels or several values"), at: interpolation) }
                parts.append(.value(try lower(expression: only.expression)))
            }
        }
        let here = location(of: node)
        if parts.isEmpty { return Expression(kind: .literal(.string("")), location: here) }
        if parts.count == 1, case .text(let text) = parts[0] { return Expression(kind: .literal(.string(text)), location: here) }
        return Expression(kind: .interpolation(parts), location: here)
    }

    /// Resolves `\n`, `\t`, `\u{…}`, … (written `\#n` in a raw string with one `#`).
    private func unescape(_ text: String, pounds: Int, at node: some SyntaxProtocol) throws -> String {
        let marker = "\\" + String(repeating: "#", count: pounds)
        guard text.contains(marker) else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: marker) {
            result += rest[..<range.lowerBound]
            rest = rest[range.upperBound...]
            guard let code = rest.first else { break }
            rest = rest.dropFirst()
            switch code {
            case "n": result += "\n"
            case "t": result += "\t"
            case "r": result += "\r"
            case "0": result += "\0"
            case "\\", "\"", "'": result.append(code)
            case "\n": break  // a line continuation in a multi-line string
            case "u":
                guard rest.first == "{", let close = rest.firstIndex(of: "}"),
                      let scalar = UInt32(rest[rest.index(after: rest.startIndex)..<close], radix: 16).flatMap(Unicode.Scalar.init)
                else { throw failure(.invalidLiteral("\\u escape in string"), at: node) }
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: close)...]
            default:
                throw failure(.invalidLiteral("escape sequence \\\(code)"), at: node)
            }
        }
        return result + rest
    }
}
