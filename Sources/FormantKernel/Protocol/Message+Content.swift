/// Typed reads of a request's content fields, with errors naming the message type and field.
extension Message {
    /// A required string field.
    func string(_ field: String) throws -> String {
        guard let value = content[field]?.stringValue else {
            throw KernelError.malformedContent(messageType: type, field: field, expected: "a string")
        }
        return value
    }

    /// An optional boolean field; a missing or null field gives `fallback`.
    func bool(_ field: String, default fallback: Bool) throws -> Bool {
        guard let value = content[field], value != .null else { return fallback }
        guard let flag = value.boolValue else {
            throw KernelError.malformedContent(messageType: type, field: field, expected: "a boolean")
        }
        return flag
    }

    /// An optional integer field; a missing or null field gives `fallback`.
    func int(_ field: String, default fallback: Int?) throws -> Int? {
        guard let value = content[field], value != .null else { return fallback }
        guard let number = value.intValue else {
            throw KernelError.malformedContent(messageType: type, field: field, expected: "an integer")
        }
        return number
    }

    /// An optional object of string values (`user_expressions`).
    func stringMap(_ field: String) throws -> [String: String] {
        guard let value = content[field], value != .null else { return [:] }
        guard let object = value.objectValue else {
            throw KernelError.malformedContent(messageType: type, field: field, expected: "an object of strings")
        }
        var result: [String: String] = [:]
        for (key, entry) in object {
            guard let text = entry.stringValue else {
                throw KernelError.malformedContent(messageType: type, field: "\(field).\(key)", expected: "a string")
            }
            result[key] = text
        }
        return result
    }
}
