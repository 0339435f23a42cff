import FormantNumerics

/// Frame embeddings of some layers of a model over a corpus, with every frame's metadata and task labels:
/// the input of every analysis in the study (`Embeddings.extract`, `EmbeddingExtractor.swift`).
public struct Embeddings: Sendable {
    /// How layer values are stored.
    public enum Precision: String, Sendable, CaseIterable {
        /// Single precision (4 bytes per value).
        case float32
        /// Half precision (2 bytes per value; ≈ 3 significant digits), for large frame counts.
        case float16
    }

    /// Where a frame comes from.
    public struct Frame: Equatable, Sendable {
        /// The utterance's identifier.
        public let utterance: String
        /// The speaker's identifier.
        public let speaker: String
        /// The speaker's sex (`F`, `M`).
        public let sex: String
        /// The frame's index in its utterance.
        public let index: Int
        /// The frame's centre in seconds.
        public let time: Double
    }

    /// The model's hidden-state indices kept (0 = the projection output, i = after transformer layer i).
    public let layers: [Int]
    /// The model's width.
    public let width: Int
    /// The storage precision.
    public let precision: Precision
    /// Every kept frame's origin.
    public let frames: [Frame]
    /// Task names, in order.
    public let tasks: [String]
    /// `labels[task][frame]`: the class of every kept frame under every task.
    public let labels: [[String]]
    /// A description of the model, corpus and options, which also keys the on-disk cache.
    public let provenance: String
    let values: [LayerValues]

    /// The frames × width matrix of hidden state `layer`.
    public func layer(_ layer: Int) throws -> FrameMatrix {
        guard let position = layers.firstIndex(of: layer) else {
            throw AnalysisError.invalidParameter(measure: "embeddings", name: "layer", value: "\(layer)", expected: "one of the extracted layers \(layers)")
        }
        return try FrameMatrix(tensor(position), name: "layer \(layer)", measure: "embeddings")
    }

    /// The frames × width tensor of the layer at `position` in `layers` (Float32).
    func tensor(_ position: Int) -> Tensor {
        Tensor(shape: [frames.count, width], storage: values[position].floats)
    }

    /// The labels of `task` for every frame.
    public func labels(of task: String) throws -> [String] {
        guard let position = tasks.firstIndex(of: task) else {
            throw AnalysisError.invalidParameter(measure: "embeddings", name: "task", value: "'\(task)'", expected: "one of \(tasks)")
        }
        return labels[position]
    }

    /// The speaker of every frame (the groups of a speaker-held-out probe).
    public var speakers: [String] { frames.map(\.speaker) }
}

/// One layer's values, in the chosen precision.
enum LayerValues: Sendable {
    case float32([Float])
    case float16([Float16])

    init(_ values: [Float], precision: Embeddings.Precision) {
        switch precision {
        case .float32: self = .float32(values)
        case .float16: self = .float16(values.map { Float16($0) })
        }
    }

    /// The values widened to Float32.
    var floats: [Float] {
        switch self {
        case .float32(let v): return v
        case .float16(let v): return v.map(Float.init)
        }
    }
}
