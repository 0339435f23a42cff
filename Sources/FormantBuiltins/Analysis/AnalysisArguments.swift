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

    /// Parameter `name` as layers: every layer of `Embeddings` (`layer 0`, `layer 6`, …), or a list of frame
    /// matrices named `layer 0`, `layer 1`, … by position; `names` renames them.
    func layers(_ name: String, names: [String]?) throws -> [(name: String, frames: FrameMatrix)] {
        if let embeddings = try arguments.value(name).native(as: Embeddings.self) {
            let layers = try Self.layers(of: embeddings)
            try checkNames(names, count: layers.count)
            return names.map { zip($0, layers).map { ($0, $1.frames) } } ?? layers
        }
        let values = try arguments.array(name)
        try checkNames(names, count: values.count)
        let defaultNames = Self.layerNames(values)
        return try values.enumerated().map { index, value in
            let layerName = names?[index] ?? defaultNames[index]
            return (layerName, try Self.frames(value, name: layerName, function: function, parameter: name))
        }
    }

    /// Names for a list of layers: their hidden-state indices when all are distinct layers of embeddings
    /// (`[emb.layer(3), emb.layer(6)]` → `layer 3`, `layer 6`), else their positions in the list.
    private static func layerNames(_ values: [Value]) -> [String] {
        let indices = values.compactMap(EmbeddingOrigin.layerIndex(of:))
        let numbers = indices.count == values.count && Set(indices).count == indices.count ? indices : Array(values.indices)
        return numbers.map { "layer \($0)" }
    }

    private func checkNames(_ names: [String]?, count: Int) throws {
        if let names, names.count != count {
            throw ScriptError.invalidArgument(function: function, message: "\(count) layers but \(names.count) names")
        }
    }

    /// Every layer of `embeddings`, named `layer 0`, `layer 6`, … by hidden-state index.
    static func layers(of embeddings: Embeddings) throws -> [(name: String, frames: FrameMatrix)] {
        try embeddings.layers.map { (name: "layer \($0)", frames: try embeddings.layer($0)) }
    }

    /// Parameter `name` as frame labels (integers, strings or Booleans), as strings.
    func labels(_ name: String) throws -> [String] { try Self.labels(try arguments.array(name), function: function, parameter: name) }

    /// Parameter `name` as labels, or nil when left out.
    func optionalLabels(_ name: String) throws -> [String]? { arguments.has(name) ? try labels(name) : nil }

    /// Parameter `name` as one value per frame: an array, or a task (`.tone`, a `Task`) whose labels
    /// travel with `frames` (`emb.layer(6)`, `emb`, a UMAP of a layer).
    func labelValues(_ name: String, of frames: Value) throws -> [Value] {
        guard let task = EmbeddingOrigin.taskName(try arguments.value(name)) else { return try arguments.array(name) }
        return try EmbeddingOrigin.labels(of: task, for: frames, label: name, function: function).map(Value.string)
    }

    /// Parameter `name` as frame labels, or as a task whose labels travel with the frames of parameter `frames`.
    func labels(_ name: String, of frames: String) throws -> [String] {
        try Self.labels(try labelValues(name, of: try arguments.value(frames)), function: function, parameter: name)
    }

    /// Parameter `name` as labels or a task travelling with `frames`, or nil when left out.
    func optionalLabels(_ name: String, of frames: String) throws -> [String]? {
        arguments.has(name) ? try labels(name, of: frames) : nil
    }

    /// Parameter `name` as every frame's group (speaker), defaulting to the speakers of the embeddings
    /// behind parameter `frames`; `nil` when neither is there.
    func groups(_ name: String = "groups", of frames: String) throws -> [String]? {
        if arguments.has(name) { return try labels(name) }
        return EmbeddingOrigin.of(try arguments.value(frames))?.speakers
    }

    /// The SVCCA keep rule, by value as the `Double` parameter it is: up to 1 a fraction of variance (`keep: 1`
    /// and `keep: 1.0` both keep all of it), above 1 a whole count of directions (`keep: 20`).
    func keep(_ name: String = "keep") throws -> SVCCAKeep {
        guard arguments.has(name) else { return .variance(0.99) }
        let number: Double
        switch try arguments.value(name) {
        case .int(let value): number = Double(value)
        case .double(let value): number = value
        case let other:
            throw ScriptError.argumentType(function: function, parameter: name, expected: "Double (a variance fraction up to 1, or a count of directions above 1)", actual: other.typeName)
        }
        guard number > 1 else { return .variance(number) }
        guard number == number.rounded(), number < Double(Int.max) else {
            throw ScriptError.invalidArgument(function: function, message: "keep: \(number) is neither a variance fraction (up to 1) nor a whole count of directions")
        }
        return .count(Int(number))
    }

    /// The measure named by parameter `name` (`.svcca`, `.pwcca`, `.cka`, `.debiasedCKA`); `probeOffered` when
    /// the caller handles `.probe` itself (it then belongs to the known measures an unknown name is told).
    func measure(_ name: String = "measure", probeOffered: Bool = false) throws -> RepresentationMeasure {
        let text = arguments.has(name) ? try symbolOrString(name) : "svcca"
        if text != "svcca", arguments.has("keep") {
            throw ScriptError.invalidArgument(
                function: function, message: "keep: chooses SVCCA's directions; measure .\(text) keeps every direction, so leave keep: out")
        }
        switch text {
        case "svcca": return .svcca(try keep())
        case "pwcca": return .pwcca
        case "cka": return .cka
        case "debiasedCKA": return .debiasedCKA
        case "probe":
            throw ScriptError.invalidArgument(
                function: function, message: "measure .probe is not available for comparing layers (profile offers it); use one of \(Self.similarityMeasures)")
        default:
            let known = Self.similarityMeasures + (probeOffered ? ", .probe" : "")
            throw ScriptError.invalidArgument(function: function, message: "unknown measure '\(text)' (known: \(known))")
        }
    }

    /// The measures that compare two representations, as a script writes them.
    private static let similarityMeasures = ".svcca, .pwcca, .cka, .debiasedCKA"

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
                    function: function, message: "\(parameter)[\(index)] is \(value == .null ? "nil" : value.typeName); labels must be Int, String or Bool")
            }
        }
    }

    private static func framesType(_ function: String, _ parameter: String, _ value: Value) -> ScriptError {
        .argumentType(function: function, parameter: parameter, expected: "Tensor (frames × features) or [[Double]]", actual: value.typeName)
    }
}
