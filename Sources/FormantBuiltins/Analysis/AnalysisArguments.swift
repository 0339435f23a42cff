import FormantAnalysis
import FormantNumerics
import FormantScript

/// Conversions from script values to the analysis library's inputs, with errors naming the parameter.
struct AnalysisArguments {
    let arguments: BoundArguments

    init(_ arguments: BoundArguments) { self.arguments = arguments }

    private var function: String { arguments.signature.selector }

    /// Parameter `name` as frames: a rank-2 `Tensor` or an array of equal-length number arrays.
    func frames(_ name: String, displayName: String? = nil) throws -> FrameMatrix {
        try Self.frames(try arguments.value(name), name: displayName ?? name, function: function, parameter: name)
    }

    /// Parameter `name` as frames, or nil when left out.
    func optionalFrames(_ name: String) throws -> FrameMatrix? { arguments.has(name) ? try frames(name) : nil }

    /// Parameter `name` as a list of frame matrices (layers), named `prefix 0`, `prefix 1`, ….
    func layers(_ name: String, names: [String]?) throws -> [(name: String, frames: FrameMatrix)] {
        let values = try arguments.array(name)
        if let names, names.count != values.count {
            throw ScriptError.invalidArgument(function: function, message: "\(values.count) layers but \(names.count) names")
        }
        return try values.enumerated().map { index, value in
            let layerName = names?[index] ?? "layer \(index)"
            return (layerName, try Self.frames(value, name: layerName, function: function, parameter: name))
        }
    }

    /// Parameter `name` as frame labels (integers, strings or Booleans), as strings.
    func labels(_ name: String) throws -> [String] { try Self.labels(try arguments.array(name), function: function, parameter: name) }

    /// Parameter `name` as labels, or nil when left out.
    func optionalLabels(_ name: String) throws -> [String]? { arguments.has(name) ? try labels(name) : nil }

    /// The SVCCA keep rule: a fraction of variance (a Double in (0, 1]) or a count of directions (an Int).
    func keep(_ name: String = "keep") throws -> SVCCAKeep {
        guard arguments.has(name) else { return .variance(0.99) }
        switch try arguments.value(name) {
        case .int(let count): return .count(count)
        case .double(let fraction): return .variance(fraction)
        case let other:
            throw ScriptError.argumentType(function: function, parameter: name, expected: "Double (variance fraction) or Int (directions)", actual: other.typeName)
        }
    }

    /// The measure named by parameter `name` (`.svcca`, `.pwcca`, `.cka`, `.debiasedCKA`).
    func measure(_ name: String = "measure") throws -> RepresentationMeasure {
        let text = arguments.has(name) ? try symbolOrString(name) : "svcca"
        switch text {
        case "svcca": return .svcca(try keep())
        case "pwcca": return .pwcca
        case "cka": return .cka
        case "debiasedCKA": return .debiasedCKA
        default:
            throw ScriptError.invalidArgument(function: function, message: "unknown measure '\(text)' (known: .svcca, .pwcca, .cka, .debiasedCKA)")
        }
    }

    /// Whether parameter `name` asks for the probe measure (`.probe`), which only layer profiles offer.
    func isProbe(_ name: String = "measure") throws -> Bool {
        arguments.has(name) ? try symbolOrString(name) == "probe" : false
    }

    /// The UMAP metric named by parameter `name`.
    func metric(_ name: String = "metric") throws -> UMAPMetric {
        let text = arguments.has(name) ? try symbolOrString(name) : "euclidean"
        guard let metric = UMAPMetric(rawValue: text) else {
            throw ScriptError.invalidArgument(function: function, message: "unknown metric '\(text)' (known: .euclidean, .cosine)")
        }
        return metric
    }

    private func symbolOrString(_ name: String) throws -> String {
        switch try arguments.value(name) {
        case .string(let text), .symbol(let text): return text
        case let other: throw ScriptError.argumentType(function: function, parameter: name, expected: "an implicit member such as .svcca", actual: other.typeName)
        }
    }

    static func frames(_ value: Value, name: String, function: String, parameter: String) throws -> FrameMatrix {
        if let tensor = value.native(as: Tensor.self) {
            return try FrameMatrix(tensor, name: name, measure: function)
        }
        if let rows = value.arrayValue {
            let numbers = try rows.map { row -> [Double] in
                guard let elements = row.arrayValue else { throw framesType(function, parameter, value) }
                return try elements.map { element in
                    guard let number = element.doubleValue else { throw framesType(function, parameter, value) }
                    return number
                }
            }
            guard Set(numbers.map(\.count)).count <= 1 else {
                throw ScriptError.invalidArgument(function: function, message: "'\(parameter)': rows of unequal length")
            }
            return FrameMatrix(Matrix(rowArrays: numbers), name: name)
        }
        throw framesType(function, parameter, value)
    }

    static func labels(_ values: [Value], function: String, parameter: String) throws -> [String] {
        try values.enumerated().map { index, value in
            switch value {
            case .int, .string, .bool: return value.description
            default:
                throw ScriptError.invalidArgument(
                    function: function, message: "'\(parameter)'[\(index)] is \(value.typeName); labels must be Int, String or Bool")
            }
        }
    }

    private static func framesType(_ function: String, _ parameter: String, _ value: Value) -> ScriptError {
        .argumentType(function: function, parameter: parameter, expected: "Tensor (frames × features) or [[Double]]", actual: value.typeName)
    }
}
