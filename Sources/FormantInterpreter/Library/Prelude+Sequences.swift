import FormantScript

extension Prelude {
    static func registerSequences(in registry: Registry) {
        define(registry, "zip(_ sequence1: Sequence, _ sequence2: Sequence) -> [(Element1, Element2)]",
               doc: "Pairs of corresponding elements, as long as the shorter sequence.") { args, _ in
            let first = try SequenceIterator.elements(of: try args.value("sequence1"))
            let second = try SequenceIterator.elements(of: try args.value("sequence2"))
            return .array(zip(first, second).map { .tuple([$0, $1], labels: [nil, nil]) })
        }
        define(registry, "stride(from start: Number, to end: Number = nil, through last: Number = nil, by stride: Number) -> [Number]",
               doc: "The values from start in steps of stride, up to but not including `to`, or up to and including `through`.") {
            args, _ in
            try strideValues(args)
        }
    }

    private static func strideValues(_ args: BoundArguments) throws -> Value {
        let inclusive = args.has("last")
        let endName = inclusive ? "last" : "end"
        guard args.has(endName) else {
            throw ScriptError.missingArgument(function: args.signature.selector, parameter: "to")
        }
        let values = [try args.value("start"), try args.value(endName), try args.value("stride")]
        if case .int(let start) = values[0], case .int(let end) = values[1], case .int(let step) = values[2] {
            guard step != 0 else { throw InterpreterError.strideZero }
            try SequenceIterator.checkLength(estimated: (Double(end) - Double(start)) / Double(step))
            return .array(inclusive ? stride(from: start, through: end, by: step).map(Value.int)
                                    : stride(from: start, to: end, by: step).map(Value.int))
        }
        let start = try args.double("start"), end = try args.double(endName), step = try args.double("stride")
        guard step != 0, step.isFinite else { throw InterpreterError.strideZero }
        try SequenceIterator.checkLength(estimated: (end - start) / step)
        return .array(inclusive ? stride(from: start, through: end, by: step).map(Value.double)
                                : stride(from: start, to: end, by: step).map(Value.double))
    }

    static func registerTypes(in registry: Registry) {
        if registry.types["Double"] == nil {
            registry.type("Double", doc: "A 64-bit floating-point number.") { type in
                let constants: [(String, Double, String)] = [
                    ("pi", .pi, "The mathematical constant π."),
                    ("infinity", .infinity, "Positive infinity."),
                    ("nan", .nan, "Not a number."),
                    ("greatestFiniteMagnitude", .greatestFiniteMagnitude, "The largest finite Double."),
                    ("leastNonzeroMagnitude", .leastNonzeroMagnitude, "The smallest positive Double."),
                    ("ulpOfOne", .ulpOfOne, "The distance from 1.0 to the next larger Double."),
                ]
                for (name, value, doc) in constants {
                    type.staticProperty(name, type: "Double", doc: doc) { .double(value) }
                }
                type.staticMethod("random(in range: Range<Int>) -> Double",
                                  doc: "A uniformly random Double in lower..<upper of an Int range (0..<1 for the unit interval).") {
                    args, _ in
                    guard case .range(let range) = try args.value("range"), range.upper > range.lower else {
                        throw InterpreterError.emptyRandomRange(function: "Double.random(in:)")
                    }
                    return .double(Double.random(in: Double(range.lower)..<Double(range.upper)))
                }
            }
        }
        if registry.types["Int"] == nil {
            registry.type("Int", doc: "A 64-bit signed integer; overflow is an error.") { type in
                type.staticProperty("max", type: "Int", doc: "The largest Int.") { .int(.max) }
                type.staticProperty("min", type: "Int", doc: "The smallest Int.") { .int(.min) }
                type.staticMethod("random(in range: Range<Int>) -> Int", doc: "A uniformly random element of a non-empty range.") {
                    args, _ in
                    guard case .range(let range) = try args.value("range"), range.count > 0 else {
                        throw InterpreterError.emptyRandomRange(function: "Int.random(in:)")
                    }
                    return .int(Int.random(in: range.indices))
                }
            }
        }
    }
}
