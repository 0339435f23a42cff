import FormantCore

extension ScriptError: CustomStringConvertible {
    /// The error's name as Jupyter shows it (`ename`).
    public var name: String {
        switch self {
        case .missingArgument, .unexpectedArgument, .argumentType, .invalidArgument: return "ArgumentError"
        case .unknownMember: return "NameError"
        case .library(let kind, _), .runtime(let kind, _): return kind
        case .interrupted: return "Interrupted"
        }
    }

    /// The one-line explanation (`evalue`).
    public var description: String {
        switch self {
        case .missingArgument(let function, let parameter):
            return "missing argument for parameter '\(parameter)' in call to \(function)"
        case .unexpectedArgument(let function, let label):
            return label.map { "extra argument '\($0)' in call to \(function)" }
                ?? "extra argument in call to \(function)"
        case .argumentType(let function, let parameter, let expected, let actual):
            return "\(function): parameter '\(parameter)' expects \(expected), got \(actual)"
        case .invalidArgument(let function, let message):
            return Self.prefixed(message, by: function)
        case .unknownMember(let type, let member, let known):
            let hint = known.isEmpty ? "" : " (known: \(known.map { "." + $0 }.joined(separator: ", ")))"
            return "type '\(type)' has no member '\(member)'\(hint)"
        case .library(_, let message), .runtime(_, let message):
            return message
        case .interrupted:
            return Interrupted().description
        }
    }

    /// `message` after `function: `, unless it already starts so (a library error worded for the same call).
    private static func prefixed(_ message: String, by function: String) -> String {
        message.hasPrefix(function + ": ") ? message : "\(function): \(message)"
    }

    /// Converts any error thrown by library code into a script error that keeps its message.
    public init(_ error: Error) {
        switch error {
        case let scriptError as ScriptError: self = scriptError
        case is Interrupted: self = .interrupted
        default: self = .library(kind: String(describing: type(of: error)), message: String(describing: error))
        }
    }
}
