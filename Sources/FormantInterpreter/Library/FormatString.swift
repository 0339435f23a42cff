import Foundation
import FormantScript

/// `String(format:_:)`: printf-style formatting that checks every argument against its
/// conversion, so a mismatched format is a script error rather than undefined behaviour.
enum FormatString {
    /// Formats `arguments` by `format` (`%d`, `%5.2f`, `%e`, `%g`, `%x`, `%@`, `%s`, `%%`).
    static func format(_ format: String, _ arguments: [Value]) throws -> String {
        var output = ""
        var remaining = arguments[...]
        var characters = format[...]
        while let character = characters.popFirst() {
            guard character == "%" else {
                output.append(character)
                continue
            }
            var spec = ""
            while let next = characters.first, "-+ #0123456789.lhq".contains(next) {
                spec.append(next)
                characters.removeFirst()
            }
            guard let conversion = characters.popFirst() else { throw InterpreterError.format(.endsInsideConversion) }
            if conversion == "%" {
                output += "%"
                continue
            }
            guard let argument = remaining.popFirst() else {
                throw InterpreterError.format(.tooFewArguments)
            }
            output += try convert(argument, spec: spec.filter { !"lhq".contains($0) }, conversion: conversion)
        }
        if !remaining.isEmpty { throw InterpreterError.format(.tooManyArguments) }
        return output
    }

    private static func convert(_ argument: Value, spec: String, conversion: Character) throws -> String {
        switch conversion {
        case "d", "i", "x", "X", "o", "u":
            guard case .int(let i) = argument else { throw InterpreterError.format(.mismatch(conversion: conversion, type: argument.typeName)) }
            return String(format: "%\(spec)l\(conversion)", i)
        case "f", "F", "e", "E", "g", "G", "a", "A":
            guard let d = argument.doubleValue else { throw InterpreterError.format(.mismatch(conversion: conversion, type: argument.typeName)) }
            return String(format: "%\(spec)\(conversion)", d)
        case "@", "s":
            let text = argument.description
            guard let width = Int(spec.filter(\.isNumber)), width > text.count else { return text }
            let padding = String(repeating: " ", count: width - text.count)
            return spec.hasPrefix("-") ? text + padding : padding + text
        default:
            throw InterpreterError.format(.unsupportedConversion(conversion))
        }
    }
}
