import FormantScript

/// Steps through what `for … in` accepts: ranges, arrays, dictionaries (as `(key, value)`
/// tuples) and strings (as one-character strings).
struct SequenceIterator {
    private enum Source {
        case range(Range<Int>)
        case values([Value])
        case dictionary([Value], [Value])
        case characters([Character])
    }

    private let source: Source
    private var position = 0

    /// An iterator over `value`, or an error if it is not a sequence.
    init(_ value: Value) throws {
        switch value {
        case .range(let range): source = .range(range.indices)
        case .array(let elements): source = .values(elements)
        case .dictionary(let entries): source = .dictionary(entries.keys.elements, entries.values.elements)
        case .string(let text): source = .characters(Array(text))
        default: throw InterpreterError.notIterable(value.typeName)
        }
        if case .range(let range) = source { position = range.lowerBound }
    }

    /// The next element, or `nil` at the end.
    mutating func next() -> Value? {
        defer { position += 1 }
        switch source {
        case .range(let range):
            return position < range.upperBound ? .int(position) : nil
        case .values(let elements):
            return position < elements.count ? elements[position] : nil
        case .dictionary(let keys, let values):
            guard position < keys.count else { return nil }
            return .tuple([keys[position], values[position]], labels: ["key", "value"])
        case .characters(let characters):
            return position < characters.count ? .string(String(characters[position])) : nil
        }
    }

    /// The most elements an array built from a sequence may have (guards memory against `Array(0..<Int.max)`).
    static let maximumCount = 100_000_000

    /// Throws when a sequence of `count` elements would be too long to build.
    static func checkLength(_ count: Int) throws {
        if count > maximumCount { throw InterpreterError.sequenceTooLong(count) }
    }

    /// Throws when an estimated element count (possibly huge or NaN) is too long to build.
    static func checkLength(estimated count: Double) throws {
        guard count <= Double(maximumCount) else {
            throw InterpreterError.sequenceTooLong(count < 9e18 ? Int(count) : Int.max)
        }
    }

    /// Every element of `value`, for library-style operations (`map`, `Array(…)`).
    static func elements(of value: Value) throws -> [Value] {
        if case .array(let elements) = value { return elements }
        if case .range(let range) = value { try checkLength(range.count) }
        var iterator = try SequenceIterator(value)
        var elements: [Value] = []
        while let element = iterator.next() { elements.append(element) }
        return elements
    }
}
