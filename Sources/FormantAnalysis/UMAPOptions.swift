/// The distance UMAP measures between frames in the input space.
public enum UMAPMetric: String, Sendable, CaseIterable {
    /// ‖x − y‖.
    case euclidean
    /// 1 − cos(x, y), as umap-learn's `cosine`.
    case cosine
}

/// UMAP's parameters, named and defaulted as umap-learn's `UMAP(...)`.
public struct UMAPOptions: Sendable, Equatable {
    /// Neighbourhood size k (the frame itself included), umap-learn's `n_neighbors`.
    public var neighbors: Int = 15
    /// The minimum distance between embedded points, `min_dist`.
    public var minDist: Double = 0.1
    /// The scale of embedded distances, `spread`.
    public var spread: Double = 1.0
    /// SGD epochs; `nil` chooses umap-learn's default (500 for n ≤ 10,000 frames, else 200).
    public var epochs: Int? = nil
    /// The input-space metric.
    public var metric: UMAPMetric = .euclidean
    /// The seed of every random choice; equal seeds give equal embeddings.
    public var seed: UInt64 = 42
    /// Output dimensions, `n_components`.
    public var components: Int = 2
    /// The initial SGD learning rate, `learning_rate`.
    public var learningRate: Double = 1.0
    /// Negative samples per positive sample, `negative_sample_rate`.
    public var negativeSampleRate: Int = 5
    /// The weight of negative samples, `repulsion_strength` (γ).
    public var repulsionStrength: Double = 1.0
    /// Fuzzy union (1) versus intersection (0) of the directed kNN graphs, `set_op_mix_ratio`.
    public var setOpMixRatio: Double = 1.0
    /// Neighbours assumed connected at full strength, `local_connectivity`.
    public var localConnectivity: Double = 1.0
    /// Exact neighbours below this many frames (umap-learn: 4,096), NN-descent from it on.
    public var exactNeighborsBelow: Int = 4096

    /// The defaults.
    public init() {}

    /// The epochs actually run for `frames` frames.
    func resolvedEpochs(frames: Int) -> Int { epochs ?? Self.defaultEpochs(frames: frames) }

    /// The epochs that decide which edges are too light ever to be sampled (weight below wₘₐₓ/epochs): those
    /// run, or the default count when at most 10 are run, as umap-learn's `simplicial_set_embedding` does, so
    /// that a short run keeps the edges a full one would.
    func pruningEpochs(frames: Int) -> Int {
        let run = resolvedEpochs(frames: frames)
        return run > 10 ? run : Self.defaultEpochs(frames: frames)
    }

    /// umap-learn's epochs when none are given: 500 up to 10,000 frames, 200 above.
    static func defaultEpochs(frames: Int) -> Int { frames <= 10_000 ? 500 : 200 }

    /// Throws for parameters outside their valid ranges.
    func validate(frames: Int) throws {
        func invalid(_ name: String, _ value: Any, _ expected: String) -> AnalysisError {
            .invalidParameter(measure: "umap", name: name, value: "\(value)", expected: expected)
        }
        guard neighbors >= 2 else { throw invalid("neighbors", neighbors, "at least 2") }
        guard frames > neighbors else {
            throw AnalysisError.tooFewFrames(measure: "umap", input: "x", frames: frames, needed: neighbors + 1,
                                             reason: "each frame needs \(neighbors) neighbours besides itself")
        }
        guard frames <= UMAPOptimizer.largestFrameCount else {
            throw invalid("x", "\(frames) frames", "at most \(UMAPOptimizer.largestFrameCount) frames (the layout's sampling limit)")
        }
        guard minDist >= 0, spread > 0, minDist <= spread else { throw invalid("minDist", minDist, "in [0, spread]") }
        guard components >= 1 else { throw invalid("components", components, "at least 1") }
        guard (epochs ?? 1) >= 1 else { throw invalid("epochs", epochs ?? 0, "at least 1") }
        guard learningRate > 0 else { throw invalid("learningRate", learningRate, "positive") }
        guard negativeSampleRate >= 0 else { throw invalid("negativeSampleRate", negativeSampleRate, "≥ 0") }
        guard (0...1).contains(setOpMixRatio) else { throw invalid("setOpMixRatio", setOpMixRatio, "in [0, 1]") }
        guard localConnectivity >= 0 else { throw invalid("localConnectivity", localConnectivity, "≥ 0") }
    }
}
