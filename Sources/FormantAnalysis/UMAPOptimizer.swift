import Dispatch
import FormantCore

/// UMAP's layout optimisation (umap-learn's `optimize_layout_euclidean`, move_other = true): stochastic
/// gradient descent on the fuzzy cross-entropy, each edge sampled in proportion to its weight.
///
/// Edge e of weight wₑ is sampled every wₘₐₓ/wₑ epochs; a sample pulls its endpoints together with
/// coefficient −2ab·d^(2(b−1))/(1 + a·d^(2b)) and draws `negativeSampleRate` random vertices per sample,
/// pushed away with 2γb/((0.001 + d²)(1 + a·d^(2b))); every gradient component is clipped to [−4, 4];
/// the learning rate decays linearly, α = α₀(1 − epoch/epochs). Powers go through `FastPower` (as
/// umap-learn's numba code runs with fastmath).
///
/// Parallel yet deterministic: the vertices are split into contiguous blocks (`blockCount`), and each
/// epoch runs every block's edges (the graph is sorted by head) as one task with its own random stream,
/// seeded by epoch and block. A task reads and moves its own vertices live and reads every other vertex
/// as it was when the epoch began; what it moves outside its block (the far end of a positive sample)
/// is applied after the epoch, in block order. So a seed gives one layout whatever the thread count or
/// timing, as umap-learn's seeded, single-threaded run does. Within one sample the negative samples start
/// from the same position and their pushes are summed, eight at a time in SIMD lanes.
enum UMAPOptimizer {
    struct Parameters {
        let a: Float, b: Float, gamma: Float, initialAlpha: Float, negativeSampleRate: Double, epochs: Int
    }

    /// Blocks of at least 1,024 vertices, at most 16: small graphs run as one sequential block.
    static func blockCount(frames: Int) -> Int { Swift.min(16, Swift.max(1, frames / 1024)) }

    static func optimize(
        _ embedding: inout [Float], dimensions: Int, graph: FuzzySimplicialSet, parameters p: Parameters,
        random: inout SeededRandom, context: OperationContext
    ) throws {
        let state = LayoutState(embedding: embedding, dimensions: dimensions, graph: graph, negativeSampleRate: p.negativeSampleRate)
        let blocks = VertexBlock.partition(graph, count: blockCount(frames: graph.frames))
        let streamSeed = random.next()
        var outgoing = [OutgoingMoves](repeating: OutgoingMoves(), count: blocks.count)
        var alpha = p.initialAlpha
        for epoch in 0..<p.epochs {
            _ = state.snapshot.update(fromContentsOf: state.positions)
            let step = EpochStep(parameters: p, now: Double(epoch), alpha: alpha)
            outgoing.withUnsafeMutableBufferPointer { moves in
                DispatchQueue.concurrentPerform(iterations: blocks.count) { index in
                    var stream = SeededRandom(seed: streamSeed &+ UInt64(epoch * blocks.count + index))
                    var local = OutgoingMoves()  // a task-local list: appends to moves[index] would share cache lines
                    swap(&local, &moves[index])
                    step.run(blocks[index], state: state, random: &stream, outgoing: &local)
                    swap(&local, &moves[index])
                }
            }
            for index in outgoing.indices { state.apply(&outgoing[index]) }
            alpha = p.initialAlpha * (1 - Float(epoch) / Float(p.epochs))
            try context.step("optimising layout", completed: epoch + 1, total: p.epochs)
        }
        embedding = Array(state.positions)
    }
}

/// A contiguous range of vertices and the edges whose head lies in it.
private struct VertexBlock {
    let vertices: Range<Int>
    let edges: Range<Int>

    /// `count` blocks of equal vertex counts over a graph whose edges are sorted by head.
    static func partition(_ graph: FuzzySimplicialSet, count: Int) -> [VertexBlock] {
        let size = (graph.frames + count - 1) / count
        var blocks: [VertexBlock] = []
        var edge = 0
        for lower in stride(from: 0, to: graph.frames, by: size) {
            let upper = Swift.min(lower + size, graph.frames), first = edge
            while edge < graph.heads.count, Int(graph.heads[edge]) < upper { edge += 1 }
            blocks.append(VertexBlock(vertices: lower..<upper, edges: first..<edge))
        }
        return blocks
    }
}

/// Moves a block task made to vertices outside its block: vertex ids and their deltas, `dimensions` each.
private struct OutgoingMoves {
    var vertices: [Int32] = []
    var deltas: [Float] = []
}

/// The optimiser's working memory, shared by the block tasks: each writes only its own vertices and
/// edges, so the buffers are raw memory rather than arrays (whose accesses Swift serialises).
private final class LayoutState: @unchecked Sendable {
    let frames: Int, dimensions: Int
    let positions: UnsafeMutableBufferPointer<Float>
    let snapshot: UnsafeMutableBufferPointer<Float>
    let heads: UnsafeMutableBufferPointer<Int32>
    let tails: UnsafeMutableBufferPointer<Int32>
    let epochsPerSample: UnsafeMutableBufferPointer<Double>
    let epochsPerNegative: UnsafeMutableBufferPointer<Double>
    let nextSample: UnsafeMutableBufferPointer<Double>
    let nextNegative: UnsafeMutableBufferPointer<Double>

    init(embedding: [Float], dimensions: Int, graph: FuzzySimplicialSet, negativeSampleRate: Double) {
        frames = graph.frames
        self.dimensions = dimensions
        let maxWeight = Double(graph.weights.max() ?? 1)
        let perSample = graph.weights.map { maxWeight / Double($0) }
        let perNegative = perSample.map { negativeSampleRate > 0 ? $0 / negativeSampleRate : .infinity }
        positions = Self.copy(embedding)
        snapshot = Self.copy(embedding)
        heads = Self.copy(graph.heads)
        tails = Self.copy(graph.tails)
        epochsPerSample = Self.copy(perSample)
        epochsPerNegative = Self.copy(perNegative)
        nextSample = Self.copy(perSample)
        nextNegative = Self.copy(perNegative)
    }

    deinit {
        positions.deallocate(); snapshot.deallocate(); heads.deallocate(); tails.deallocate()
        epochsPerSample.deallocate(); epochsPerNegative.deallocate(); nextSample.deallocate(); nextNegative.deallocate()
    }

    /// Adds a block's outgoing moves to the positions and empties the list.
    func apply(_ moves: inout OutgoingMoves) {
        for (index, vertex) in moves.vertices.enumerated() {
            for d in 0..<dimensions { positions[Int(vertex) * dimensions + d] += moves.deltas[index * dimensions + d] }
        }
        moves.vertices.removeAll(keepingCapacity: true)
        moves.deltas.removeAll(keepingCapacity: true)
    }

    private static func copy<T>(_ values: [T]) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: values.count)
        _ = buffer.initialize(from: values)
        return buffer
    }
}

/// One epoch's SGD over one block's edges.
private struct EpochStep {
    let a: Float, b: Float, twoAB: Float, twoGammaB: Float, alpha: Float, now: Double

    init(parameters p: UMAPOptimizer.Parameters, now: Double, alpha: Float) {
        (a, b, twoAB, twoGammaB) = (p.a, p.b, 2 * p.a * p.b, 2 * p.gamma * p.b)
        self.alpha = alpha
        self.now = now
    }

    func run(_ block: VertexBlock, state: LayoutState, random: inout SeededRandom, outgoing: inout OutgoingMoves) {
        let dimensions = state.dimensions
        withUnsafeTemporaryAllocation(of: Float.self, capacity: dimensions) { scratch in
            let push = scratch.baseAddress!
            for e in block.edges where state.nextSample[e] <= now {
                let current = state.positions.baseAddress! + Int(state.heads[e]) * dimensions
                attract(current, Int(state.tails[e]), block: block, state: state, outgoing: &outgoing)
                state.nextSample[e] += state.epochsPerSample[e]
                let negatives = Int((now - state.nextNegative[e]) / state.epochsPerNegative[e])
                guard negatives > 0 else { continue }
                repel(current, count: negatives, block: block, state: state, random: &random, push: push)
                state.nextNegative[e] += Double(negatives) * state.epochsPerNegative[e]
            }
        }
    }

    /// The position of vertex `v` as this block sees it: live if the block owns it, else the snapshot.
    @inline(__always)
    private func position(_ v: Int, block: VertexBlock, state: LayoutState) -> UnsafeMutablePointer<Float> {
        (block.vertices.contains(v) ? state.positions : state.snapshot).baseAddress! + v * state.dimensions
    }

    /// The positive sample: `current` and vertex `k` pull together.
    @inline(__always)
    private func attract(
        _ current: UnsafeMutablePointer<Float>, _ k: Int, block: VertexBlock, state: LayoutState, outgoing: inout OutgoingMoves
    ) {
        let dimensions = state.dimensions, other = position(k, block: block, state: state)
        var d2: Float = 0
        for d in 0..<dimensions { d2 += (current[d] - other[d]) * (current[d] - other[d]) }
        guard d2 > 0 else { return }
        let powered = FastPower.power(d2, b)
        let coefficient = -twoAB * powered / d2 / (a * powered + 1)
        let owned = block.vertices.contains(k)
        for d in 0..<dimensions {
            let g = clip(SIMD8(repeating: coefficient * (current[d] - other[d])))[0] * alpha
            current[d] += g
            if owned { other[d] -= g } else { outgoing.deltas.append(-g) }
        }
        if !owned { outgoing.vertices.append(Int32(k)) }
    }

    /// `count` negative samples pushing `current` away, eight per round in SIMD lanes (spare lanes read
    /// `current` itself, so their push is zero); `push` accumulates the summed gradient.
    @inline(__always)
    private func repel(
        _ current: UnsafeMutablePointer<Float>, count: Int, block: VertexBlock, state: LayoutState, random: inout SeededRandom,
        push: UnsafeMutablePointer<Float>
    ) {
        let dimensions = state.dimensions
        push.update(repeating: 0, count: dimensions)
        for start in stride(from: 0, to: count, by: 8) {
            let used = count - start
            func sample(_ lane: Int) -> UnsafeMutablePointer<Float> {
                lane < used ? position(random.index(below: state.frames), block: block, state: state) : current
            }
            let (p0, p1, p2, p3) = (sample(0), sample(1), sample(2), sample(3))
            let (p4, p5, p6, p7) = (sample(4), sample(5), sample(6), sample(7))
            func difference(_ d: Int) -> SIMD8<Float> {
                SIMD8(repeating: current[d]) - SIMD8(p0[d], p1[d], p2[d], p3[d], p4[d], p5[d], p6[d], p7[d])
            }
            var r2 = SIMD8<Float>()
            for d in 0..<dimensions { r2 += difference(d) * difference(d) }
            var coefficient = twoGammaB / ((0.001 + r2) * (a * FastPower.power(r2, b) + 1))
            coefficient.replace(with: 0, where: r2 .<= 0)
            for d in 0..<dimensions { push[d] += clip(coefficient * difference(d)).sum() }
        }
        for d in 0..<dimensions { current[d] += push[d] * alpha }
    }

    /// Every lane clipped to [−4, 4], umap-learn's gradient clip (by masks: `clamped` is not inlined).
    @inline(__always)
    private func clip(_ value: SIMD8<Float>) -> SIMD8<Float> {
        var result = value
        result.replace(with: 4, where: value .> 4)
        result.replace(with: -4, where: value .< -4)
        return result
    }
}
