import Foundation
import FormantScript

extension BuiltinMembers {
    /// Swift's `String` members (characters are one-character strings).
    static func makeString() -> BuiltinMembers {
        var m = BuiltinMembers(typeName: "String")
        m.property("count", "Int", "The number of characters.") { .int(try $0.text().count) }
        m.property("isEmpty", "Bool", "Whether the string is empty.") { .bool(try $0.text().isEmpty) }
        m.property("first", "Character?", "The first character, or nil when empty.") {
            try $0.text().first.map { .string(String($0)) } ?? .null
        }
        m.property("last", "Character?", "The last character, or nil when empty.") {
            try $0.text().last.map { .string(String($0)) } ?? .null
        }
        m.method("uppercased() -> String", "The string in upper case.") { receiver, _, _ in .string(try receiver.text().uppercased()) }
        m.method("lowercased() -> String", "The string in lower case.") { receiver, _, _ in .string(try receiver.text().lowercased()) }
        m.method("hasPrefix(_ prefix: String) -> Bool", "Whether the string starts with prefix.") { receiver, args, _ in
            .bool(try receiver.text().hasPrefix(try args.string("prefix")))
        }
        m.method("hasSuffix(_ suffix: String) -> Bool", "Whether the string ends with suffix.") { receiver, args, _ in
            .bool(try receiver.text().hasSuffix(try args.string("suffix")))
        }
        m.method("contains(_ other: String) -> Bool", "Whether other occurs in the string.") { receiver, args, _ in
            let other = try args.string("other")
            let text = try receiver.text()
            return .bool(other.isEmpty || text.contains(other))
        }
        m.method("split(separator: String) -> [String]", "The non-empty pieces between occurrences of separator.") {
            receiver, args, _ in
            let separator = try args.string("separator")
            let pieces = try receiver.text().components(separatedBy: separator).filter { !$0.isEmpty }
            return .array(pieces.map(Value.string))
        }
        m.method("components(separatedBy separator: String) -> [String]", "The pieces between occurrences of separator.") {
            receiver, args, _ in
            .array(try receiver.text().components(separatedBy: try args.string("separator")).map(Value.string))
        }
        m.method("replacingOccurrences(of target: String, with replacement: String) -> String",
                 "The string with every occurrence of target replaced.") { receiver, args, _ in
            .string(try receiver.text().replacingOccurrences(of: try args.string("target"), with: try args.string("replacement")))
        }
        m.method("trimmingCharacters(in set: CharacterSet) -> String",
                 "The string without leading and trailing whitespace (the set .whitespaces or .whitespacesAndNewlines).") {
            receiver, _, _ in
            .string(try receiver.text().trimmingCharacters(in: .whitespacesAndNewlines))
        }
        m.method("reversed() -> String", "The characters in reverse order.") { receiver, _, _ in
            .string(String(try receiver.text().reversed()))
        }
        m.method("prefix(_ maxLength: Int) -> String", "The first maxLength characters.") { receiver, args, _ in
            .string(String(try receiver.text().prefix(max(0, try args.int("maxLength")))))
        }
        m.method("suffix(_ maxLength: Int) -> String", "The last maxLength characters.") { receiver, args, _ in
            .string(String(try receiver.text().suffix(max(0, try args.int("maxLength")))))
        }
        m.method("dropFirst(_ k: Int = 1) -> String", "All but the first k characters.") { receiver, args, _ in
            .string(String(try receiver.text().dropFirst(max(0, try args.int("k", default: 1)))))
        }
        m.method("dropLast(_ k: Int = 1) -> String", "All but the last k characters.") { receiver, args, _ in
            .string(String(try receiver.text().dropLast(max(0, try args.int("k", default: 1)))))
        }
        m.method("map(_ transform: (Character) -> T) -> [T]", "The results of transform on each character.") {
            receiver, args, context in
            let transform = try args.function("transform")
            return .array(try receiver.elements().map { try transform.call([$0], in: context) })
        }
        m.method("filter(_ isIncluded: (Character) -> Bool) -> String", "The characters the predicate accepts.") {
            receiver, args, context in
            let predicate = try args.function("isIncluded")
            return .string(try receiver.elements().filter { try predicate.test([$0], in: context) }.map(\.description).joined())
        }
        return m
    }
}
