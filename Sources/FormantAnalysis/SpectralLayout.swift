import Foundation
import FormantNumerics

/// UMAP's spectral initialisation (umap-learn's `spectral_layout`): the eigenvectors of the
/// normalised Laplacian L = I − D^(−½)WD^(−½) with the smallest nonzero eigenvalues, i.e. the largest
/// eigenvectors of D^(−½)WD^(−½) orthogonal to the trivial one, √deg (found by Lanczos).
///
/// A disconnected graph is laid out component by component (`multi_component_layout`): components are
/// placed at meta positions (±unit vectors for at most 2·dim components, otherwise a spectral embedding
/// of their centroids' affinity exp(−‖cᵢ − cⱼ‖²)), each spectral layout scaled to half the distance to the
/// nearest other component. When the eigensolver fails, the layout falls back to uniform random
/// coordinates in [−10, 10], as umap-learn does.
enum SpectralLayout {
    /// The initial coordinates (frames × dimensions) and whether any part fell back to random ones.
    static func layout(
        _ graph: FuzzySimplicialSet, dimensions: Int, data: UMAPData, random: inout SeededRandom
    ) throws -> (coordinates: [[Double]], usedRandomFallback: Bool) {
        let labels = components(graph)
        let count = (labels.max() ?? -1) + 1
        if count <= 1 { return try connected(graph, dimensions: dimensions, random: &random) }
        var fellBack = false
        let meta = try metaPositions(labels: labels, count: count, data: data, dimensions: dimensions)
        var result = [[Double]](repeating: [Double](repeating: 0, count: dimensions), count: graph.frames)
        for component in 0..<count {
            let members = labels.indices.filter { labels[$0] == component }
            let others = (0..<count).filter { $0 != component }.map { distance(meta[component], meta[$0]) }.filter { $0 > 0 }
            let range = (others.min() ?? 1) / 2
            var local: [[Double]]
            if members.count < 2 * dimensions || members.count <= dimensions + 1 {
                local = members.map { _ in (0..<dimensions).map { _ in (random.uniform() * 2 - 1) * range } }
            } else {
                let spectral = try connected(subgraph(graph, members), dimensions: dimensions, random: &random)
                local = spectral.coordinates
                fellBack = fellBack || spectral.usedRandomFallback
                let largest = local.flatMap { $0 }.map(abs).max() ?? 1
                local = local.map { $0.map { $0 * range / Swift.max(largest, 1e-300) } }
            }
            for (slot, vertex) in members.enumerated() {
                result[vertex] = zip(local[slot], meta[component]).map(+)
            }
        }
        return (result, fellBack)
    }

    /// Spectral coordinates of a connected graph, or the random fallback.
    private static func connected(
        _ graph: FuzzySimplicialSet, dimensions: Int, random: inout SeededRandom
    ) throws -> (coordinates: [[Double]], usedRandomFallback: Bool) {
        let n = graph.frames
        var degree = [Double](repeating: 0, count: n)
        for (head, weight) in zip(graph.heads, graph.weights) { degree[Int(head)] += Double(weight) }
        let inverseRoot = degree.map { $0 > 0 ? 1 / $0.squareRoot() : 0 }
        let trivial = normalised(degree.map { $0.squareRoot() })
        let normalisedWeights = (0..<graph.heads.count).map { e in
            Double(graph.weights[e]) * inverseRoot[Int(graph.heads[e])] * inverseRoot[Int(graph.tails[e])]
        }
        let firstEdge = graph.edgeOffsets, tails = graph.tails
        let apply: ([Double]) -> [Double] = { x in
            [Double](count: n) { output in
                x.withUnsafeBufferPointer { x in
                    tails.withUnsafeBufferPointer { tails in
                        normalisedWeights.withUnsafeBufferPointer { weights in
                            Threading.parallelFor(n, minimumChunk: 4096) { vertices in
                                for i in vertices {
                                    var sum = 0.0
                                    for e in firstEdge[i]..<firstEdge[i + 1] { sum += weights[e] * x[Int(tails[e])] }
                                    output[i] = sum
                                }
                            }
                        }
                    }
                }
            }
        }
        let basis = Swift.min(n - 1, Swift.max(2 * (dimensions + 1) + 1, 20, Int(Double(n).squareRoot())))
        if n > dimensions + 1,
           let vectors = try Lanczos.largest(
               count: dimensions, size: n, apply: apply, deflated: [trivial], start: [Double](repeating: 1, count: n),
               basisSize: basis) {
            return ((0..<n).map { i in vectors.map { $0[i] } }, false)
        }
        return ((0..<n).map { _ in (0..<dimensions).map { _ in random.uniform() * 20 - 10 } }, true)
    }

    /// The connected component of every vertex (union–find).
    static func components(_ graph: FuzzySimplicialSet) -> [Int] {
        var parent = Array(0..<graph.frames)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for (head, tail) in zip(graph.heads, graph.tails) {
            let a = root(Int(head)), b = root(Int(tail))
            if a != b { parent[Swift.max(a, b)] = Swift.min(a, b) }
        }
        var numbering: [Int: Int] = [:]
        return (0..<graph.frames).map { vertex in
            let r = root(vertex)
            if let label = numbering[r] { return label }
            numbering[r] = numbering.count
            return numbering.count - 1
        }
    }

    private static func metaPositions(labels: [Int], count: Int, data: UMAPData, dimensions: Int) throws -> [[Double]] {
        guard count > 2 * dimensions else {
            let k = (count + 1) / 2
            let base = (0..<k).map { i in (0..<dimensions).map { $0 == i ? 1.0 : 0.0 } }
            return Array((base + base.map { $0.map { -$0 } }).prefix(count))
        }
        var centroids = [[Double]](repeating: [Double](repeating: 0, count: data.features), count: count)
        var sizes = [Double](repeating: 0, count: count)
        for (i, label) in labels.enumerated() {
            sizes[label] += 1
            for j in 0..<data.features { centroids[label][j] += Double(data.values[i * data.features + j]) }
        }
        centroids = zip(centroids, sizes).map { c, s in c.map { $0 / s } }
        var affinity = Matrix(rows: count, columns: count)
        for i in 0..<count {
            for j in 0..<count {
                let d = distance(centroids[i], centroids[j])
                affinity[i, j] = Foundation.exp(-d * d)
            }
        }
        let embedding = try denseSpectralEmbedding(affinity, dimensions: dimensions)
        let largest = embedding.flatMap { $0 }.max() ?? 1
        return embedding.map { $0.map { $0 / largest } }
    }

    /// Laplacian eigenmaps of a small dense affinity matrix (the leading nontrivial eigenvectors of
    /// D^(−½)AD^(−½), divided by √deg), as scikit-learn's `SpectralEmbedding(affinity="precomputed")`.
    private static func denseSpectralEmbedding(_ affinity: Matrix, dimensions: Int) throws -> [[Double]] {
        let n = affinity.rows
        let degree = (0..<n).map { i in affinity.row(i).reduce(0, +) }
        let root = degree.map { $0.squareRoot() }
        var normalisedAffinity = affinity
        for i in 0..<n { for j in 0..<n { normalisedAffinity[i, j] /= root[i] * root[j] } }
        let eigen = try LinearAlgebra.symmetricEigen(normalisedAffinity)
        return (0..<n).map { i in (1...dimensions).map { eigen.vectors[i, Swift.min($0, n - 1)] / root[i] } }
    }

    private static func subgraph(_ graph: FuzzySimplicialSet, _ members: [Int]) -> FuzzySimplicialSet {
        var position = [Int32](repeating: -1, count: graph.frames)
        for (slot, vertex) in members.enumerated() { position[vertex] = Int32(slot) }
        var heads: [Int32] = [], tails: [Int32] = [], weights: [Float] = []
        for e in 0..<graph.heads.count where position[Int(graph.heads[e])] >= 0 {
            heads.append(position[Int(graph.heads[e])])
            tails.append(position[Int(graph.tails[e])])
            weights.append(graph.weights[e])
        }
        return FuzzySimplicialSet(frames: members.count, heads: heads, tails: tails, weights: weights)
    }

    private static func distance(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
    }

    private static func normalised(_ v: [Double]) -> [Double] {
        let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return v.map { $0 / norm }
    }
}
