/// What surrounds the cursor in a cell, found by scanning the text (the cell is usually incomplete
/// while the user types, so the syntax tree cannot be relied on).
struct CursorContext {
    /// The partial identifier just before the cursor.
    let word: String
    /// Where that identifier starts, as a Unicode scalar offset.
    let wordStart: Int
    /// For `a.b.wo|`: the receiver chain `["a", "b"]`; empty for a bare `.wo|`; `nil` without a dot.
    let receiver: [String]?
    /// The callee chain of the innermost open call (`svcca(a, ke|` gives `["svcca"]`), if any.
    let callee: [String]?
    /// Whether the word starts an argument (right after `(` or `,`), where labels may be offered.
    let atArgumentStart: Bool
    /// The argument labels already written in the innermost open call.
    let usedLabels: Set<String>
    /// For `f(task: .to|`: the label the implicit member is the argument of.
    let implicitMemberLabel: String?

    /// Scans `code` up to `cursor` (a Unicode scalar offset; clamped to the text).
    init(_ code: String, cursor: Int) {
        let scalars = Array(code.unicodeScalars)
        let end = max(0, min(cursor, scalars.count))
        let text = Array(scalars[..<end])
        var start = end
        while start > 0, Self.isIdentifier(text[start - 1]) { start -= 1 }
        word = String(String.UnicodeScalarView(text[start..<end]))
        wordStart = start
        if start > 0, text[start - 1] == "." {
            receiver = Self.chain(endingBefore: start - 1, in: text)
        } else {
            receiver = nil
        }
        implicitMemberLabel = receiver == [] ? Self.label(before: start - 1, in: text) : nil
        var before = start - 1
        while before >= 0, text[before] == " " || text[before] == "\n" || text[before] == "\t" { before -= 1 }
        let opening = Self.openParenthesis(before: start, in: text)
        if let opening {
            callee = Self.chain(endingBefore: opening, in: text)
            atArgumentStart = before >= 0 && (text[before] == "(" || text[before] == ",")
            usedLabels = Self.labels(in: Array(text[(opening + 1)..<start]))
        } else {
            callee = nil
            atArgumentStart = false
            usedLabels = []
        }
    }

    /// The word under the cursor, extended to its end, with the chain before it (for inspect).
    static func nameChain(_ code: String, cursor: Int) -> [String]? {
        let scalars = Array(code.unicodeScalars)
        var end = max(0, min(cursor, scalars.count))
        while end < scalars.count, isIdentifier(scalars[end]) { end += 1 }
        var start = end
        while start > 0, isIdentifier(scalars[start - 1]) { start -= 1 }
        guard start < end else { return nil }
        let word = String(String.UnicodeScalarView(scalars[start..<end]))
        guard start > 0, scalars[start - 1] == "." else { return [word] }
        guard let base = chain(endingBefore: start - 1, in: Array(scalars[..<start])), !base.isEmpty else { return [word] }
        return base + [word]
    }

    static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "$" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// The dotted names ending just before `index` (`a.b` in `a.b.c`); `[]` when there is no base;
    /// `nil` when the base is not a plain chain of names (a call, a subscript, a literal).
    private static func chain(endingBefore index: Int, in text: [Unicode.Scalar]) -> [String]? {
        var names: [String] = []
        var position = index
        while true {
            var start = position
            while start > 0, isIdentifier(text[start - 1]) { start -= 1 }
            guard start < position else { return names.isEmpty ? [] : nil }
            let name = String(String.UnicodeScalarView(text[start..<position]))
            if name.first?.isNumber == true { return nil }
            names.insert(name, at: 0)
            guard start > 0, text[start - 1] == "." else {
                if start > 0, [")", "]", "\"", "?", "!"].contains(text[start - 1]) { return nil }
                return names
            }
            position = start - 1
        }
    }

    /// The index of the innermost unclosed `(` before `end`, skipping string literals.
    private static func openParenthesis(before end: Int, in text: [Unicode.Scalar]) -> Int? {
        var stack: [Int] = []
        var inString = false
        var index = 0
        while index < end {
            let scalar = text[index]
            if inString {
                if scalar == "\\" { index += 1 } else if scalar == "\"" { inString = false }
            } else {
                switch scalar {
                case "\"": inString = true
                case "(", "[", "{": stack.append(scalar == "(" ? index : -1)
                case ")", "]", "}": _ = stack.popLast()
                default: break
                }
            }
            index += 1
        }
        guard let last = stack.last, last >= 0 else { return nil }
        return last
    }

    /// The `label:` written just before `index` (spaces allowed), if any.
    private static func label(before index: Int, in text: [Unicode.Scalar]) -> String? {
        var position = index - 1
        while position >= 0, text[position] == " " { position -= 1 }
        guard position >= 0, text[position] == ":" else { return nil }
        var start = position
        while start > 0, isIdentifier(text[start - 1]) { start -= 1 }
        guard start < position else { return nil }
        return String(String.UnicodeScalarView(text[start..<position]))
    }

    private static func labels(in text: [Unicode.Scalar]) -> Set<String> {
        let string = String(String.UnicodeScalarView(text))
        var labels = Set<String>()
        for part in string.split(separator: ",") {
            let trimmed = part.trimmingCharacters(in: .whitespacesAndNewlines)
            if let colon = trimmed.firstIndex(of: ":") {
                let label = trimmed[..<colon]
                if !label.isEmpty, label.unicodeScalars.allSatisfy(isIdentifier) { labels.insert(String(label)) }
            }
        }
        return labels
    }
}
