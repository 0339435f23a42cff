import FormantCore

extension Value: CustomStringConvertible {
    /// The text `print` writes, as Swift's `print` would write the same value.
    public var description: String { render(nested: false) }

    /// The value as an element of a collection, where strings are quoted (`["a", "b"]`).
    public var debugText: String { render(nested: true) }

    private func render(nested: Bool) -> String {
        switch self {
        case .void: return "()"
        case .null: return "nil"
        case .bool(let b): return String(b)
        case .int(let i): return String(i)
        case .double(let d): return Value.format(d)
        case .string(let s): return nested ? Value.quote(s) : s
        case .array(let a): return "[" + a.map(\.debugText).joined(separator: ", ") + "]"
        case .dictionary(let d):
            if d.isEmpty { return "[:]" }
            return "[" + d.map { "\($0.key.debugText): \($0.value.debugText)" }.joined(separator: ", ") + "]"
        case .tuple(let elements, let labels):
            let parts = zip(elements, labels).map { element, label in
                (label.map { "\($0): " } ?? "") + element.debugText
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .range(let r): return "\(r.lower)\(r.isClosed ? "..." : "..<")\(r.upper)"
        case .symbol(let s): return "." + s
        case .function(let f): return "(function \(f.signature.selector))"
        case .native(let n):
            if let described = n.object as? CustomStringConvertible { return described.description }
            if let displayable = n.object as? RichDisplayable { return displayable.mimeBundle.plain }
            return "<\(n.typeName)>"
        }
    }

    /// The value's representations for `display(_:)` and `execute_result`.
    public var mimeBundle: MIMEBundle {
        if case .native(let n) = self, let displayable = n.object as? RichDisplayable {
            return displayable.mimeBundle
        }
        return MIMEBundle(plain: debugText)
    }

    /// A Double as Swift prints it: `1.0`, `0.1`, `1e-05`, `inf`, `nan`.
    static func format(_ d: Double) -> String {
        d.description
    }

    /// A string literal with Swift's escapes.
    static func quote(_ s: String) -> String {
        var out = "\""
        for character in s {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
