import Foundation

/// A function's declared shape, parsed from the Swift-style text it is registered with,
/// such as `svcca(_ a: Tensor, _ b: Tensor, keep: Double = 0.99) -> SVCCAResult`.
///
/// The same text is what inspect shows, so there is one source of truth for labels,
/// parameter types and defaults.
public struct Signature: Sendable, Equatable {
    /// One declared parameter.
    public struct Parameter: Sendable, Equatable {
        /// The argument label callers write, or `nil` for `_`.
        public var label: String?
        /// The name the body refers to.
        public var name: String
        /// The declared type, as written (`Tensor`, `[Task]`, `Double`).
        public var type: String
        /// Whether the caller may leave the argument out.
        public var hasDefault: Bool
        /// Whether the parameter takes any number of values (`Type...`).
        public var isVariadic: Bool

        /// A parameter with the given parts.
        public init(label: String?, name: String, type: String, hasDefault: Bool = false, isVariadic: Bool = false) {
            self.label = label
            self.name = name
            self.type = type
            self.hasDefault = hasDefault
            self.isVariadic = isVariadic
        }
    }

    /// The function's base name.
    public var name: String
    /// The parameters in order.
    public var parameters: [Parameter]
    /// The declared result type, or `nil` when there is none.
    public var returnType: String?
    /// The text the signature was parsed from.
    public var text: String

    /// A signature with explicit parts; `text` is rebuilt from them.
    public init(name: String, parameters: [Parameter], returnType: String?) {
        self.name = name
        self.parameters = parameters
        self.returnType = returnType
        let list = parameters.map { p -> String in
            let head = p.label == p.name ? p.name : "\(p.label ?? "_") \(p.name)"
            return "\(head): \(p.type)\(p.isVariadic ? "..." : "")"
        }
        text = "\(name)(\(list.joined(separator: ", ")))" + (returnType.map { " -> \($0)" } ?? "")
    }

    /// Parses Swift declaration text: `name(label name: Type = default, …) -> Result`.
    ///
    /// Registration text is written by developers, so malformed text is a programming error.
    public init(_ text: String) {
        guard let open = text.firstIndex(of: "("), let close = Signature.matchingParenthesis(in: text, from: open)
        else { preconditionFailure("malformed builtin signature: \(text)") }
        name = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        let inner = String(text[text.index(after: open)..<close])
        parameters = Signature.splitTopLevel(inner).compactMap(Signature.parameter)
        let rest = text[text.index(after: close)...].trimmingCharacters(in: .whitespaces)
        returnType = rest.hasPrefix("->") ? String(rest.dropFirst(2)).trimmingCharacters(in: .whitespaces) : nil
        self.text = text
    }

    /// The Swift-style selector, such as `svcca(_:_:keep:)`.
    public var selector: String {
        "\(name)(" + parameters.map { "\($0.label ?? "_"):" }.joined() + ")"
    }

    private static func parameter(_ text: String) -> Parameter? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, let colon = trimmed.firstIndex(of: ":") else { return nil }
        let names = trimmed[..<colon].split(separator: " ").map(String.init)
        var type = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        var hasDefault = false
        if let equals = splitTopLevel(type, separator: "=").dropFirst().first {
            hasDefault = true
            type = String(type.dropLast(equals.count + 1)).trimmingCharacters(in: .whitespaces)
        }
        let isVariadic = type.hasSuffix("...")
        if isVariadic { type = String(type.dropLast(3)) }
        let label = names.count == 1 ? names[0] : names[0]
        let name = names.count == 1 ? names[0] : names[1]
        return Parameter(
            label: label == "_" ? nil : label, name: name, type: type, hasDefault: hasDefault, isVariadic: isVariadic)
    }

    private static func matchingParenthesis(in text: String, from open: String.Index) -> String.Index? {
        var depth = 0
        var index = open
        while index < text.endIndex {
            switch text[index] {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Splits at `separator` outside brackets, parentheses and string literals.
    static func splitTopLevel(_ text: String, separator: Character = ",") -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var inString = false
        for character in text {
            if character == "\"" { inString.toggle() }
            if !inString {
                if "([".contains(character) { depth += 1 }
                if ")]".contains(character) { depth -= 1 }
                if character == separator && depth == 0 {
                    parts.append(current)
                    current = ""
                    continue
                }
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }
}
