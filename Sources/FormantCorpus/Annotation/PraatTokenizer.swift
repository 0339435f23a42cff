/// Splits a Praat text file (long or short TextGrid format) into its values: numbers, quoted strings and `<flags>`.
///
/// Praat's text reader takes values in order and skips the decorations the long format adds
/// (`xmin =`, `intervals [3]:`, `item []:`, `tiers? <exists>`'s label) and `!` comments, so both
/// formats tokenize to the same value sequence. Each token carries its 1-based line for errors.
struct PraatTokenizer {
    /// One value of the file.
    enum Token: Equatable {
        case number(Double)
        case string(String)
        case flag(String)
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private(set) var line = 1
    private let path: String

    /// A tokenizer over `text`; `path` names the file in errors.
    init(_ text: String, path: String) {
        scalars = Array(text.unicodeScalars)
        self.path = path
    }

    /// The next value and the line it starts on, or `nil` at the end of the text.
    mutating func next() throws -> (token: Token, line: Int)? {
        while index < scalars.count {
            let c = scalars[index]
            switch c {
            case "\n": line += 1; index += 1
            case "\"": let start = line; return (.string(try quoted()), start)
            case "<": let start = line; return (.flag(try bracketed(until: ">")), start)
            case "[": _ = try bracketed(until: "]")
            case "!": skipLine()
            case "-", "+", ".", "0"..."9":
                if let number = numberToken() { return (.number(number), line) }
                throw CorpusError.textGridSyntax(path: path, line: line, message: "malformed number near '\(word())'")
            default:
                if isWordStart(c) { _ = word() } else { index += 1 }
            }
        }
        return nil
    }

    /// A Praat string: double quotes, a doubled quote standing for one quote; may span lines.
    private mutating func quoted() throws -> String {
        let startLine = line
        index += 1
        var text = String.UnicodeScalarView()
        while index < scalars.count {
            let c = scalars[index]
            index += 1
            if c == "\"" {
                if index < scalars.count, scalars[index] == "\"" {
                    text.append("\"")
                    index += 1
                    continue
                }
                return String(text)
            }
            if c == "\n" { line += 1 }
            text.append(c)
        }
        throw CorpusError.textGridSyntax(path: path, line: startLine, message: "string opened here is never closed")
    }

    private mutating func bracketed(until close: Unicode.Scalar) throws -> String {
        let startLine = line
        let start = index + 1
        while index < scalars.count, scalars[index] != close, scalars[index] != "\n" { index += 1 }
        guard index < scalars.count, scalars[index] == close else {
            throw CorpusError.textGridSyntax(path: path, line: startLine, message: "'\(scalars[start - 1])' without a closing '\(close)'")
        }
        index += 1
        return String(String.UnicodeScalarView(scalars[start..<index - 1]))
    }

    private mutating func numberToken() -> Double? {
        let text = word()
        return Double(text)
    }

    /// Consumes and returns a run of non-space, non-quote characters.
    private mutating func word() -> String {
        let start = index
        while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != "\"" { index += 1 }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    private mutating func skipLine() {
        while index < scalars.count, scalars[index] != "\n" { index += 1 }
    }

    private func isWordStart(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c == "_"
    }
}
