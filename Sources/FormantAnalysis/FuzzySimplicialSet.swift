import Foundation
import FormantNumerics

/// UMAP's fuzzy topological representation of the data: a symmetric weighted graph (McInnes,
/// Healy & Melville 2018, §3; umap-learn's `fuzzy_simplicial_set`).
///
/// For each frame i with neighbour distances dᵢⱼ, ρᵢ is the distance to the nearest neighbour at
/// `localConnectivity` (interpolated) and σᵢ solves Σⱼ exp(−max(0, dᵢⱼ − ρᵢ)/σᵢ) = log₂ k by binary
/// search (64 steps, tolerance 10⁻⁵, σᵢ ≥ 10⁻³ × mean distance); the directed membership is
/// wᵢⱼ = exp(−max(0, dᵢⱼ − ρᵢ)/σᵢ) (0 for the frame itself). The directed graph A is symmetrised by
/// fuzzy union and intersection: W = m·(A + Aᵀ − A∘Aᵀ) + (1 − m)·A∘Aᵀ, m = `setOpMixRatio`.
struct FuzzySimplicialSet {
    /// Frames (vertices).
    let frames: Int
    /// Edge sources, sorted by (head, tail); both directions of every edge are present.
    let heads: [Int32]
    /// Edge targets.
    let tails: [Int32]
    /// Edge weights in (0, 1].
    let weights: [Float]

    /// A graph from its sorted edge lists.
    init(frames: Int, heads: [Int32], tails: [Int32], weights: [Float]) {
        self.frames = frames
        self.heads = heads
        self.tails = tails
        self.weights = weights
    }

    /// Where each vertex's edges lie: those of vertex i are `edgeOffsets[i]..<edgeOffsets[i + 1]` (the edges
    /// are sorted by head), for i in 0...frames.
    var edgeOffsets: [Int] { Self.offsets(of: heads, frames: frames) }

    /// Where the edges of each head would lie were `heads` sorted: the running count of edges of the heads
    /// before each, for heads 0...frames.
    static func offsets(of heads: [Int32], frames: Int) -> [Int] {
        var offsets = [Int](repeating: 0, count: frames + 1)
        for head in heads { offsets[Int(head) + 1] += 1 }
        for i in 0..<frames { offsets[i + 1] += offsets[i] }
        return offsets
    }

    /// The fuzzy union of the neighbourhoods in `graph`. A head's edges are its own memberships and the reverse
    /// of each membership of it that it does not return: they are placed by counting, then each head's few are
    /// sorted by tail, heads in parallel (one sort of all 367,000 edges of 20,000 frames took longer than the rest).
    init(_ graph: NeighborGraph, localConnectivity: Double, setOpMixRatio: Double) {
        let n = graph.frames
        let (sigmas, rhos) = Self.smoothDistances(graph, localConnectivity: localConnectivity)
        let memberships = MembershipRows(graph, sigmas: sigmas, rhos: rhos)
        let reverse = memberships.reverseWeights()
        let mix = Float(setOpMixRatio)
        var combined = [Float](repeating: 0, count: reverse.count)  // per membership slot: the symmetric weight
        var offsets = [Int](repeating: 0, count: n + 1)  // edges per head, then where each head's edges begin
        for i in 0..<n {
            for slot in memberships.slots(of: i) {
                let (wij, wji) = (memberships.weights[slot], reverse[slot])
                let weight = mix * (wij + wji - wij * wji) + (1 - mix) * wij * wji
                guard weight > 0 else { continue }
                combined[slot] = weight
                offsets[i + 1] += 1
                if wji == 0 { offsets[Int(memberships.columns[slot]) + 1] += 1 }
            }
        }
        for i in 0..<n { offsets[i + 1] += offsets[i] }
        var next = Array(offsets.dropLast())
        var tails = [Int32](repeating: 0, count: offsets[n]), weights = [Float](repeating: 0, count: offsets[n])
        func place(_ head: Int, _ tail: Int32, _ weight: Float) {
            (tails[next[head]], weights[next[head]]) = (tail, weight)
            next[head] += 1
        }
        for i in 0..<n {
            for slot in memberships.slots(of: i) where combined[slot] > 0 {
                let j = memberships.columns[slot]
                place(i, j, combined[slot])
                if reverse[slot] == 0 { place(Int(j), Int32(i), combined[slot]) }
            }
        }
        Self.sortByTail(&tails, &weights, offsets: offsets)
        let heads = (0..<n).flatMap { head in repeatElement(Int32(head), count: offsets[head + 1] - offsets[head]) }
        self.init(frames: n, heads: heads, tails: tails, weights: weights)
    }

    /// Sorts each head's edges (`offsets[h]..<offsets[h + 1]`) by tail, by insertion (a head has a few dozen),
    /// heads in parallel.
    private static func sortByTail(_ tails: inout [Int32], _ weights: inout [Float], offsets: [Int]) {
        tails.withUnsafeMutableBufferPointer { tailBuffer in
            weights.withUnsafeMutableBufferPointer { weightBuffer in
                let (tails, weights) = (tailBuffer, weightBuffer)
                Threading.parallelFor(offsets.count - 1, minimumChunk: 1024) { heads in
                    for head in heads where offsets[head + 1] - offsets[head] > 1 {
                        let start = offsets[head]
                        for index in (start + 1)..<offsets[head + 1] {
                            let (tail, weight) = (tails[index], weights[index])
                            var position = index
                            while position > start && tails[position - 1] > tail {
                                (tails[position], weights[position]) = (tails[position - 1], weights[position - 1])
                                position -= 1
                            }
                            (tails[position], weights[position]) = (tail, weight)
                        }
                    }
                }
            }
        }
    }

    /// σᵢ and ρᵢ of every frame (umap-learn's `smooth_knn_dist`, bandwidth 1), frames in parallel.
    static func smoothDistances(_ graph: NeighborGraph, localConnectivity: Double) -> (sigmas: [Double], rhos: [Double]) {
        let n = graph.frames, k = graph.k
        let meanDistance = graph.distances.reduce(0.0) { $0 + Double($1) } / Double(graph.distances.count)
        var sigmas = [Double](repeating: 0, count: n), rhos = [Double](repeating: 0, count: n)
        sigmas.withUnsafeMutableBufferPointer { sigmaBuffer in
            rhos.withUnsafeMutableBufferPointer { rhoBuffer in
                let (sigmaOut, rhoOut) = (sigmaBuffer, rhoBuffer)
                Threading.parallelFor(n, minimumChunk: 512) { frames in
                    for i in frames {
                        let row = (0..<k).map { Double(graph.distances[i * k + $0]) }
                        (sigmaOut[i], rhoOut[i]) = smoothDistance(row, localConnectivity: localConnectivity, meanDistance: meanDistance)
                    }
                }
            }
        }
        return (sigmas, rhos)
    }

    /// σ and ρ of one frame from its `row` of k neighbour distances (the first is the frame itself).
    private static func smoothDistance(_ row: [Double], localConnectivity: Double, meanDistance: Double) -> (sigma: Double, rho: Double) {
        let k = row.count, target = Foundation.log2(Double(k))
        let positive = row.filter { $0 > 0 }
        var rho = 0.0
        if Double(positive.count) >= localConnectivity {
            let index = Int(localConnectivity.rounded(.down))
            let interpolation = localConnectivity - Double(index)
            if index > 0 {
                rho = positive[index - 1]
                if interpolation > 1e-5 { rho += interpolation * (positive[index] - positive[index - 1]) }
            } else {
                rho = interpolation * positive[0]
            }
        } else if let largest = positive.max() {
            rho = largest
        }
        var low = 0.0, high = Double.infinity, mid = 1.0
        for _ in 0..<64 {
            var sum = 0.0
            for j in 1..<k {
                let d = row[j] - rho
                sum += d > 0 ? Foundation.exp(-d / mid) : 1
            }
            if abs(sum - target) < 1e-5 { break }
            if sum > target {
                high = mid
                mid = (low + high) / 2
            } else {
                low = mid
                mid = high.isInfinite ? mid * 2 : (low + high) / 2
            }
        }
        let floor = 1e-3 * (rho > 0 ? row.reduce(0, +) / Double(k) : meanDistance)
        return (Swift.max(mid, floor), rho)
    }
}
