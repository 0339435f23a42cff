import FormantCore
import FormantNumerics

/// A measure of every layer against every task: the study's per-layer curves (Figures 1–3).
public struct LayerProfile: Sendable {
    /// Layer names, in order.
    public let layers: [String]
    /// Task names, in order.
    public let tasks: [String]
    /// What the values are (`SVCCA (0.99 of variance)`, `CKA`, `probe balanced accuracy`).
    public let measure: String
    /// `values[layer][task]`.
    public let values: [[Double]]
    /// What the display notes under the table (SVCCA means inflated by few frames).
    public let notes: [String]

    /// Measures every layer against every task's frame labels. Any number of layers and tasks.
    ///
    /// For SVCCA each layer's Gram matrix and SVD are computed once and shared by all tasks
    /// (one pass over the layer with every task's one-hot columns side by side).
    public static func compute(
        layers: [(name: String, frames: FrameMatrix)], tasks: [(name: String, labels: [String])],
        measure: RepresentationMeasure = .svcca(.variance(0.99)), context: OperationContext = .silent
    ) throws -> LayerProfile {
        guard !layers.isEmpty, !tasks.isEmpty else {
            throw AnalysisError.empty(measure: "profile", input: layers.isEmpty ? "layers" : "tasks", rows: layers.count, columns: tasks.count)
        }
        var keep: SVCCAKeep?
        if case .svcca(let fraction) = measure {
            try fraction.validate(measure: "profile")
            keep = fraction
        }
        let encodings = try keep == nil ? [] : tasks.map { try OneHot($0.labels, measure: "profile", name: $0.name) }
        for layer in layers {
            for task in tasks where task.labels.count != layer.frames.frames {
                throw AnalysisError.frameCountMismatch(
                    measure: "profile", first: layer.name, firstFrames: layer.frames.frames, second: task.name, secondFrames: task.labels.count)
            }
        }
        if let keep {
            let results = try eachLayer(layers, context: context) { try svccaRow($0, encodings, keep: keep) }
            return LayerProfile(layers: layers.map(\.name), tasks: tasks.map(\.name), measure: measure.description,
                                values: results.map { $0.map(\.mean) }, notes: SVCCAResult.inflationNotes(results.flatMap { $0 }))
        }
        let values = try eachLayer(layers, context: context) { frames in
            try tasks.map { try measure.compare(frames, labels: $0.labels) }
        }
        return LayerProfile(layers: layers.map(\.name), tasks: tasks.map(\.name), measure: measure.description, values: values, notes: [])
    }

    /// The balanced accuracy of a speaker-held-out linear probe (`Probe.evaluate`) for every layer and task:
    /// `groups` gives every frame's speaker; the speakers in `testGroups` are held out (default: `Probe`'s, every
    /// fifth speaker in sorted order plus any needed so that every class is scored).
    public static func probes(
        layers: [(name: String, frames: FrameMatrix)], tasks: [(name: String, labels: [String])], groups: [String],
        testGroups: Set<String>? = nil, options: ProbeOptions = ProbeOptions(), context: OperationContext = .silent
    ) throws -> LayerProfile {
        guard !layers.isEmpty, !tasks.isEmpty else {
            throw AnalysisError.empty(measure: "profile", input: layers.isEmpty ? "layers" : "tasks", rows: layers.count, columns: tasks.count)
        }
        let values = try eachLayer(layers, context: context) { frames in
            try tasks.map {
                try Probe.evaluate(frames, labels: $0.labels, groups: groups, testGroups: testGroups, options: options,
                                   context: context.quiet).balancedAccuracy
            }
        }
        return LayerProfile(layers: layers.map(\.name), tasks: tasks.map(\.name), measure: "probe balanced accuracy", values: values, notes: [])
    }

    /// The value for a layer and a task, by name.
    public func value(layer: String, task: String) -> Double? {
        guard let l = layers.firstIndex(of: layer), let t = tasks.firstIndex(of: task) else { return nil }
        return values[l][t]
    }

    /// `row` of every layer, two or more layers at a time (`Threading.concurrentMap`: a layer's Gram and
    /// eigendecomposition keep one core busy better than they share two), reporting "layers" as each is done.
    private static func eachLayer<Value>(
        _ layers: [(name: String, frames: FrameMatrix)], context: OperationContext, _ row: (FrameMatrix) throws -> [Value]
    ) throws -> [[Value]] {
        try Threading.concurrentMap(layers.count, completed: { try context.step("layers", completed: $0, total: layers.count) }) {
            try row(layers[$0].frames)
        }
    }

    /// SVCCA of one layer against every task, from one pass over the layer (the tasks' encodings computed once).
    private static func svccaRow(_ x: FrameMatrix, _ encodings: [OneHot], keep: SVCCAKeep) throws -> [SVCCAResult] {
        try x.validate(for: "profile")
        let moments = try ClassMoments(x, tasks: encodings)
        let basis = try PrincipalBasis(gram: moments.gram, keep: keep, measure: "profile")
        return try moments.tasks.map {
            try SVCCA.againstLabels($0, frames: moments.frames, basis: basis, measure: "profile")
        }
    }
}
