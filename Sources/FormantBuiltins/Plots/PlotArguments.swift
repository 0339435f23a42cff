import FormantPlots
import FormantScript

/// A library value that a plot can read as rows of numbers (a 2-column tensor, an embedding):
/// conform it in FormantBuiltins and `scatter`, `heatmap` and `grid` accept it wherever they take a matrix.
public protocol PlotRowsConvertible {
    /// The value as rows of numbers.
    func plotRows() throws -> [[Double]]
}

/// Reads plot arguments out of script values, with errors naming the function, the parameter
/// and the position at fault (`series["tone"][3]`).
struct PlotArguments {
    let arguments: BoundArguments

    init(_ arguments: BoundArguments) {
        self.arguments = arguments
    }

    private var function: String { arguments.signature.selector }

    /// A type mismatch at `path` (`points[2]`).
    func mismatch(_ path: String, expected: String, got value: Value) -> ScriptError {
        .argumentType(function: function, parameter: path, expected: expected, actual: value.typeName)
    }

    /// An unusable value, with `message` saying why.
    func invalid(_ message: String) -> ScriptError {
        .invalidArgument(function: function, message: message)
    }

    /// `value` as a number.
    func number(_ value: Value, at path: String) throws -> Double {
        guard let number = value.doubleValue else { throw mismatch(path, expected: "Double", got: value) }
        return number
    }

    /// `value` as the elements of an array or a tuple.
    func elements(_ value: Value, at path: String) throws -> [Value] {
        if let array = value.arrayValue { return array }
        if case .tuple(let items, _) = value { return items }
        throw mismatch(path, expected: "Array", got: value)
    }

    /// `value` as an array of numbers.
    func numbers(_ value: Value, at path: String) throws -> [Double] {
        try elements(value, at: path).enumerated().map { try number($1, at: "\(path)[\($0)]") }
    }

    /// `value` as rows of numbers: an array of arrays or tuples, or a `PlotRowsConvertible` library value.
    func rows(_ value: Value, at path: String) throws -> [[Double]] {
        if case .native(let object) = value {
            guard let convertible = object.object as? PlotRowsConvertible else {
                throw mismatch(path, expected: "[[Double]]", got: value)
            }
            return try convertible.plotRows()
        }
        return try elements(value, at: path).enumerated().map { try numbers($1, at: "\(path)[\($0)]") }
    }

    /// `value` as text: strings as they are, numbers and Booleans as Swift prints them.
    func label(_ value: Value) -> String {
        switch value {
        case .string(let text): return text
        case .double(let number): return Table.format(number)
        default: return value.description
        }
    }

    /// Parameter `name` as numbers, or `nil` when left out.
    func optionalNumbers(_ name: String) throws -> [Double]? {
        arguments.has(name) ? try numbers(try arguments.value(name), at: name) : nil
    }

    /// Parameter `name` as strings (any values, as labels), or `nil` when left out.
    func optionalLabels(_ name: String) throws -> [String]? {
        guard arguments.has(name) else { return nil }
        return try elements(try arguments.value(name), at: name).map(label)
    }

    /// Parameter `name` as a `[lower, upper]` pair, or `nil` when left out.
    func optionalRange(_ name: String) throws -> ClosedRange<Double>? {
        guard let pair = try optionalNumbers(name) else { return nil }
        guard pair.count == 2, pair[0] < pair[1] else {
            throw invalid("\(name) must be [lower, upper] with lower < upper, got \(pair.map { Table.format($0) })")
        }
        return pair[0]...pair[1]
    }

    /// The figure size from `width:` and `height:` with the given defaults.
    func size(width: Double, height: Double) throws -> FigureSize {
        try FigureSize(width: try arguments.double("width", default: width), height: try arguments.double("height", default: height))
    }

    /// Parameter `name` as a library value of type `T` given as `.member` or as its name (`"cividis"`).
    func choice<T: ScriptNative & RawRepresentable & CaseIterable>(_ name: String, default fallback: T) throws -> T
    where T.RawValue == String {
        guard arguments.has(name) else { return fallback }
        let value = try arguments.value(name)
        if let native = value.native(as: T.self) { return native }
        if let text = value.stringValue {
            guard let found = T(rawValue: text) else {
                throw invalid("unknown \(T.scriptTypeName) '\(text)' (known: \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return found
        }
        throw mismatch(name, expected: T.scriptTypeName, got: value)
    }

    /// `value` as (key, value) pairs in order: a dictionary, or an array of 2-tuples/arrays.
    func pairs(_ value: Value, at path: String) throws -> [(key: String, value: Value)] {
        if case .dictionary(let dictionary) = value {
            return dictionary.map { (label($0.key), $0.value) }
        }
        return try elements(value, at: path).enumerated().map { index, item in
            let parts = try elements(item, at: "\(path)[\(index)]")
            guard parts.count == 2 else { throw invalid("\(path)[\(index)] must be a (name, values) pair") }
            return (label(parts[0]), parts[1])
        }
    }
}
