import FormantCore
import FormantNumerics

/// Uniform Manifold Approximation and Projection (McInnes, Healy & Melville 2018) as umap-learn runs it:
/// nearest neighbours (exact below `exactNeighborsBelow` frames, NN-descent above), the fuzzy simplicial
/// set, spectral initialisation (noised, scaled to [0, 10]), edges below wₘₐₓ/epochs pruned, the a, b
/// curve fitted from `minDist` and `spread`, then SGD with negative sampling. Deterministic for a seed.
public enum UMAP {
    /// The low-dimensional embedding of the frames of `x`.
    public static func embed(
        _ x: FrameMatrix, options: UMAPOptions = UMAPOptions(), context: OperationContext = .silent
    ) throws -> UMAPEmbedding {
        try options.validate(frames: x.frames)
        let data = try UMAPData(x, metric: options.metric)
        var random = SeededRandom(seed: options.seed)
        let neighbours = data.frames < options.exactNeighborsBelow
            ? try ExactNeighbors.search(data, k: options.neighbors, context: context)
            : try NeighborDescent.search(data, k: options.neighbors, random: &random, context: context)
        let epochs = options.resolvedEpochs(frames: data.frames)
        let graph = FuzzySimplicialSet(
            neighbours, localConnectivity: options.localConnectivity, setOpMixRatio: options.setOpMixRatio
        ).pruned(below: options.pruningEpochs(frames: data.frames))
        var (embedding, fellBack) = try initialLayout(graph, data: data, dimensions: options.components, random: &random)
        let (a, b) = UMAPCurve.fit(spread: options.spread, minDist: options.minDist)
        let parameters = UMAPOptimizer.Parameters(
            a: Float(a), b: Float(b), gamma: Float(options.repulsionStrength), initialAlpha: Float(options.learningRate),
            negativeSampleRate: Double(options.negativeSampleRate), epochs: epochs)
        try UMAPOptimizer.optimize(
            &embedding, dimensions: options.components, graph: graph, parameters: parameters, random: &random,
            context: context)
        let coordinates = Matrix(rows: data.frames, columns: options.components, storage: embedding.map(Double.init))
        return UMAPEmbedding(
            coordinates: coordinates, options: options, a: a, b: b, initialization: fellBack ? .randomFallback : .spectral)
    }

    /// Spectral coordinates scaled to max |c| = 10 plus N(0, 10⁻⁴) noise, then each axis mapped to [0, 10].
    private static func initialLayout(
        _ graph: FuzzySimplicialSet, data: UMAPData, dimensions: Int, random: inout SeededRandom
    ) throws -> ([Float], Bool) {
        let (spectral, fellBack) = try SpectralLayout.layout(graph, dimensions: dimensions, data: data, random: &random)
        let largest = Swift.max(spectral.flatMap { $0 }.map(abs).max() ?? 1, 1e-300)
        var flat = spectral.flatMap { $0 }.map { Float($0 * 10 / largest) + Float(random.normal() * 1e-4) }
        for d in 0..<dimensions {
            let column = stride(from: d, to: flat.count, by: dimensions).map { flat[$0] }
            let low = column.min() ?? 0, high = column.max() ?? 1
            let span = high > low ? high - low : 1
            for index in stride(from: d, to: flat.count, by: dimensions) { flat[index] = 10 * (flat[index] - low) / span }
        }
        return (flat, fellBack)
    }
}

extension FuzzySimplicialSet {
    /// The graph without edges lighter than wₘₐₓ/epochs, which SGD would never sample.
    func pruned(below epochs: Int) -> FuzzySimplicialSet {
        let threshold = (weights.max() ?? 0) / Float(epochs)
        let keep = weights.indices.filter { weights[$0] >= threshold }
        return FuzzySimplicialSet(
            frames: frames, heads: keep.map { heads[$0] }, tails: keep.map { tails[$0] }, weights: keep.map { weights[$0] })
    }
}

/// A UMAP result: one row of coordinates per frame.
public struct UMAPEmbedding: Sendable {
    /// Frames × components coordinates.
    public let coordinates: Matrix
    /// The options it was computed with.
    public let options: UMAPOptions
    /// The fitted curve parameter a.
    public let a: Double
    /// The fitted curve parameter b.
    public let b: Double
    /// How the layout was initialised.
    public let initialization: Initialization

    /// The initialisation UMAP used.
    public enum Initialization: String, Sendable {
        /// Spectral (Laplacian eigenvectors), the normal case.
        case spectral
        /// Random coordinates, because the eigensolver did not converge (as umap-learn warns).
        case randomFallback = "random (spectral failed)"
    }

    /// The coordinates as a Float32 tensor (frames × components).
    public var tensor: Tensor { coordinates.tensor }
}
