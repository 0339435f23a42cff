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
/// epoch runs every block's edges (the graph is sorted by head) as one task with its own random streams,
/// seeded by epoch and block. A task reads and moves its own vertices live and reads every other vertex
/// as it was when the epoch began; what it moves outside its block (the tail of a positive sample) is
/// applied after the epoch, in block order. So a seed gives one layout whatever the thread count or
/// timing, as umap-learn's seeded, single-threaded run does. Deferred moves are stale, and summed they
/// overshoot while the learning rate is high, so the vertices are first numbered in `LayoutOrder` (most
/// edges then join vertices of one block) and the blocks are two: short runs (20 epochs of 8,000 frames)
/// then keep umap-learn's trustworthiness, 0.946 against 0.960, where 16 blocks in input order reached
/// 0.898. The samples of one edge (the positive one and its negative ones) run together in SIMD lanes,
/// eight per round, evaluated at the same position of the head, their pushes summed. Two-dimensional layouts, the
/// usual case, run a kernel that reads and moves (x, y) pairs and keeps a round's differences in registers;
/// any other dimension count runs the general one.
enum UMAPOptimizer {
    struct Parameters {
        let a: Float, b: Float, gamma: Float, initialAlpha: Float, negativeSampleRate: Double, epochs: Int
    }

    /// The most frames a layout takes: a sample's row (up to twice the frame count, the snapshot half
    /// included) must stay below 2²³, so that its float index turns into a byte offset through the bit
    /// pattern (`EpochStep.byteOffsets`), and below `LaneRandom.largestBound`.
    static let largestFrameCount = 1 << 22

    /// Two blocks (one per core here) of at least 1,024 vertices: small graphs run as one sequential block.
    /// More blocks would defer more moves (see above).
    static func blockCount(frames: Int) -> Int { Swift.min(2, Swift.max(1, frames / 1024)) }

    static func optimize(
        _ embedding: inout [Float], dimensions: Int, graph: FuzzySimplicialSet, parameters p: Parameters,
        random: inout SeededRandom, context: OperationContext
    ) throws {
        let order = LayoutOrder(embedding, frames: graph.frames, dimensions: dimensions)
        let graph = order.renumbered(graph)
        let state = LayoutState(
            embedding: order.ordered(embedding, dimensions: dimensions), dimensions: dimensions, graph: graph,
            negativeSampleRate: p.negativeSampleRate)
        let blocks = VertexBlock.partition(graph, count: blockCount(frames: graph.frames))
        let streamSeed = random.next()
        let moved = UnsafeMutableBufferPointer<Int>.allocate(capacity: blocks.count)  // per block, written by its task
        defer { moved.deallocate() }
        var alpha = p.initialAlpha
        for epoch in 0..<p.epochs {
            state.takeSnapshot()
            let step = EpochStep(parameters: p, epoch: epoch, alpha: alpha)
            DispatchQueue.concurrentPerform(iterations: blocks.count) { index in
                var lanes = LaneRandom(seed: streamSeed &+ UInt64(epoch * blocks.count + index))
                moved[index] = step.run(blocks[index], state: state, random: &lanes)
            }
            for index in blocks.indices { state.applyMoves(of: blocks[index], count: moved[index]) }
            alpha = p.initialAlpha * (1 - Float(epoch) / Float(p.epochs))
            try context.step("optimising layout", completed: epoch + 1, total: p.epochs)
        }
        embedding = order.restored(Array(state.layout.prefix(embedding.count)), dimensions: dimensions)
    }
}

/// A contiguous range of vertices and the edges whose head lies in it.
private struct VertexBlock {
    let vertices: Range<Int>
    let edges: Range<Int>

    /// `count` blocks of about equal edge counts (the work of an epoch) over a graph whose edges are sorted by head.
    static func partition(_ graph: FuzzySimplicialSet, count: Int) -> [VertexBlock] {
        let offsets = graph.edgeOffsets, edges = graph.heads.count
        var bounds = (1..<count).map { block in offsets.firstIndex { $0 * count >= edges * block } ?? graph.frames }
        bounds = [0] + bounds + [graph.frames]
        return (0..<count).map { block in
            let vertices = bounds[block]..<Swift.max(bounds[block], bounds[block + 1])
            return VertexBlock(vertices: vertices, edges: offsets[vertices.lowerBound]..<offsets[vertices.upperBound])
        }.filter { !$0.vertices.isEmpty }
    }
}

/// The optimiser's working memory, shared by the block tasks: each writes only its own vertices, its own
/// edges and its own range of the move lists, so the buffers are raw memory rather than arrays (whose
/// accesses Swift serialises).
private final class LayoutState: @unchecked Sendable {
    let frames: Int, dimensions: Int
    /// The positions (frames × dimensions), then the snapshot of them taken when the epoch began.
    let layout: UnsafeMutableBufferPointer<Float>
    let schedule: EdgeSchedule
    /// Moves of vertices outside a block, listed from the block's first edge on: the vertex, then its delta.
    let movedVertices: UnsafeMutableBufferPointer<Int32>
    let movedDeltas: UnsafeMutableBufferPointer<Float>

    init(embedding: [Float], dimensions: Int, graph: FuzzySimplicialSet, negativeSampleRate: Double) {
        frames = graph.frames
        self.dimensions = dimensions
        layout = .copying(embedding + embedding)
        schedule = EdgeSchedule(graph, negativeSampleRate: negativeSampleRate)
        movedVertices = .copying([Int32](repeating: 0, count: graph.heads.count))
        movedDeltas = .copying([Float](repeating: 0, count: graph.heads.count * dimensions))
    }

    deinit {
        for buffer in [layout, movedDeltas] { buffer.deallocate() }
        movedVertices.deallocate()
    }

    /// Copies the positions into the snapshot half.
    func takeSnapshot() {
        let count = frames * dimensions
        (layout.baseAddress! + count).update(from: layout.baseAddress!, count: count)
    }

    /// Adds the first `count` moves a block listed to the positions.
    func applyMoves(of block: VertexBlock, count: Int) {
        for index in block.edges.lowerBound..<(block.edges.lowerBound + count) {
            let row = Int(movedVertices[index]) * dimensions
            for d in 0..<dimensions { layout[row + d] += movedDeltas[index * dimensions + d] }
        }
    }
}

/// The rows of the eight samples of one round.
private typealias Rows = (
    UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>,
    UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>
)

/// One epoch's SGD over one block's edges.
private struct EpochStep {
    let a: Float, b: Float, twoAB: Float, twoGammaB: Float, alpha: Float, epoch: Int

    init(parameters p: UMAPOptimizer.Parameters, epoch: Int, alpha: Float) {
        (a, b, twoAB, twoGammaB) = (p.a, p.b, 2 * p.a * p.b, 2 * p.gamma * p.b)
        self.alpha = alpha
        self.epoch = epoch
    }

    /// Runs the block's due edges and returns how many moves it listed for vertices outside the block.
    func run(_ block: VertexBlock, state: LayoutState, random: inout LaneRandom) -> Int {
        state.dimensions == 2 ? runPlanar(block, state: state, random: &random) : runAny(block, state: state, random: &random)
    }

    /// `run` for any dimension count: each round's differences are kept per dimension, eight lanes each.
    private func runAny(_ block: VertexBlock, state: LayoutState, random: inout LaneRandom) -> Int {
        let dimensions = state.dimensions, layout = state.layout.baseAddress!
        let movedVertices = state.movedVertices.baseAddress! + block.edges.lowerBound
        let movedDeltas = state.movedDeltas.baseAddress! + block.edges.lowerBound * dimensions
        var moves = 0
        withUnsafeTemporaryAllocation(of: SIMD8<Float>.self, capacity: dimensions) { differences in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * dimensions) { sums in
                let push = sums.baseAddress!, pull = push + dimensions
                var due = state.schedule.due(block.edges, epoch: epoch)
                while let (head, tail, negatives) = due.next() {
                    let current = layout + Int(head) * dimensions
                    push.update(repeating: 0, count: dimensions)
                    var start = 0
                    repeat {  // rounds of eight samples (a `stride` loop calls its iterator out of line)
                        let (rows, positive) = round(from: start, negatives: negatives, head: head, tail: tail,
                                                     block: block, frames: state.frames, random: &random)
                        func row(_ lane: Int) -> UnsafeMutablePointer<Float> { layout + Int(rows[lane]) * dimensions }
                        accumulate(current, rows: (row(0), row(1), row(2), row(3), row(4), row(5), row(6), row(7)),
                                   dimensions: dimensions, positive: positive, differences: differences.baseAddress!,
                                   push: push, pull: start == 0 ? pull : nil)
                        start += 8
                    } while start <= negatives
                    for d in 0..<dimensions { current[d] += push[d] * alpha }
                    if block.vertices.contains(Int(tail)) {
                        for d in 0..<dimensions { layout[Int(tail) * dimensions + d] -= pull[d] * alpha }
                    } else {
                        movedVertices[moves] = tail
                        for d in 0..<dimensions { movedDeltas[moves * dimensions + d] = -pull[d] * alpha }
                        moves += 1
                    }
                }
            }
        }
        return moves
    }

    /// `run` for two dimensions, the usual case: positions are read and moved as (x, y) pairs, and every
    /// round's differences stay in registers.
    private func runPlanar(_ block: VertexBlock, state: LayoutState, random: inout LaneRandom) -> Int {
        let layout = state.layout.baseAddress!
        let movedVertices = state.movedVertices.baseAddress! + block.edges.lowerBound
        let movedDeltas = state.movedDeltas.baseAddress! + block.edges.lowerBound * 2
        var moves = 0
        var due = state.schedule.due(block.edges, epoch: epoch)
        while let (head, tail, negatives) = due.next() {
            let (push, pull) = planarGradients(
                head: head, tail: tail, negatives: negatives, block: block, state: state, random: &random)
            layout.movePoint(head, by: push * alpha)
            if block.vertices.contains(Int(tail)) {
                layout.movePoint(tail, by: -pull * alpha)
            } else {
                movedVertices[moves] = tail
                (movedDeltas[moves * 2], movedDeltas[moves * 2 + 1]) = (-pull.x * alpha, -pull.y * alpha)
                moves += 1
            }
        }
        return moves
    }

    /// The summed gradient on the head of one edge's samples (`push`), and that of the positive sample alone
    /// (`pull`, to move the tail).
    ///
    /// A round's eight samples are two vectors of four (x, y) pairs, as the layout stores them, built from
    /// 64-bit loads. Squared distances add each pair's lanes, and the coefficients are spread back over the
    /// pairs. (With separate x and y vectors, the compiler split the clip and the sums into eight two-lane
    /// operations; this form takes 10 % less time.)
    @inline(__always)
    private func planarGradients(
        head: Int32, tail: Int32, negatives: Int, block: VertexBlock, state: LayoutState, random: inout LaneRandom
    ) -> (push: SIMD2<Float>, pull: SIMD2<Float>) {
        let layout = UnsafeRawPointer(state.layout.baseAddress!)
        let pair = layout.load(fromByteOffset: Int(head) * 8, as: UInt64.self)
        let heads = unsafeBitCast(SIMD4(repeating: pair), to: SIMD8<Float>.self)
        var push = SIMD2<Float>(), pull = SIMD2<Float>()
        var start = 0
        repeat {
            let (rows, positive) = round(from: start, negatives: negatives, head: head, tail: tail,
                                         block: block, frames: state.frames, random: &random)
            let offsets = byteOffsets(of: rows)
            func pair(_ lane: Int) -> UInt64 { layout.load(fromByteOffset: Int(offsets[lane]), as: UInt64.self) }
            func points(from lane: Int) -> SIMD8<Float> {
                unsafeBitCast(SIMD4(pair(lane), pair(lane + 1), pair(lane + 2), pair(lane + 3)), to: SIMD8<Float>.self)
            }
            let (low, high) = (heads - points(from: 0), heads - points(from: 4))
            let (lowSquares, highSquares) = (low * low, high * high)
            let r2 = SIMD8(lowHalf: lowSquares.evenHalf + lowSquares.oddHalf, highHalf: highSquares.evenHalf + highSquares.oddHalf)
            let c = coefficients(r2, positive: positive)
            let lowGradients = clip(SIMD8(c[0], c[0], c[1], c[1], c[2], c[2], c[3], c[3]) * low)
            let highGradients = clip(SIMD8(c[4], c[4], c[5], c[5], c[6], c[6], c[7], c[7]) * high)
            let sums = lowGradients + highGradients, quads = sums.lowHalf + sums.highHalf
            push += quads.lowHalf + quads.highHalf
            if start == 0 { pull = lowGradients.lowHalf.lowHalf }
            start += 8
        } while start <= negatives
        return (push, pull)
    }

    /// The rows of one round's eight samples, from sample `start` on, and the mask of the positive one.
    /// Sample 0 is the tail, samples 1...negatives random vertices, later lanes the head itself (zero push);
    /// vertices outside the block are read from the snapshot half (rows `frames` on).
    @inline(__always)
    private func round(
        from start: Int, negatives: Int, head: Int32, tail: Int32, block: VertexBlock, frames: Int,
        random: inout LaneRandom
    ) -> (rows: SIMD8<Float>, positive: SIMDMask<SIMD8<Int32>>) {
        let sample = SIMD8<Float>(0, 1, 2, 3, 4, 5, 6, 7) + Float(start), count = Float(frames)
        var vertices = random.wholeNumbers(below: count)
        vertices.replace(with: Float(head), where: sample .> Float(negatives))
        vertices.replace(with: Float(tail), where: sample .== 0)
        var outside = SIMD8<Float>()  // two selects: a combined mask is lowered lane by lane
        outside.replace(with: count, where: vertices .< Float(block.vertices.lowerBound))
        outside.replace(with: count, where: vertices .>= Float(block.vertices.upperBound))
        return (vertices + outside, sample .== 0)
    }

    /// The byte offsets of eight (x, y) pairs at whole-number `rows` below 2²³: adding 2²³ puts the integer
    /// in the mantissa, so the bit pattern shifted by three holds it times eight (10 % less SGD time than
    /// converting lane by lane, which the compiler does through 64-bit registers).
    @inline(__always)
    private func byteOffsets(of rows: SIMD8<Float>) -> SIMD8<Int32> {
        (unsafeBitCast(rows + 0x1p23, to: SIMD8<Int32>.self) &<< 3) & 0x03FF_FFF8
    }

    /// The gradient coefficients of eight samples at squared distances `r2`: the positive one attracts,
    /// −2ab·d^(2(b−1))/(1 + a·d^(2b)), the others repel, 2γb/((0.001 + d²)(1 + a·d^(2b))); zero at d = 0.
    @inline(__always)
    private func coefficients(_ r2: SIMD8<Float>, positive: SIMDMask<SIMD8<Int32>>) -> SIMD8<Float> {
        let powered = FastPower.power(r2, b)
        var coefficient = SIMD8(repeating: twoGammaB).replacing(with: -twoAB * powered, where: positive)
            / ((r2 + SIMD8(repeating: 0.001).replacing(with: 0, where: positive)) * (a * powered + 1))
        coefficient.replace(with: 0, where: r2 .<= 0)
        return coefficient
    }

    /// One round: the gradients of `current` against the eight `rows` (lane 0 of the first round is the
    /// positive sample, marked by `positive`), summed into `push`; the positive sample's own gradient goes
    /// to `pull` when given.
    @inline(__always)
    private func accumulate(
        _ current: UnsafeMutablePointer<Float>, rows p: Rows, dimensions: Int, positive: SIMDMask<SIMD8<Int32>>,
        differences: UnsafeMutablePointer<SIMD8<Float>>, push: UnsafeMutablePointer<Float>, pull: UnsafeMutablePointer<Float>?
    ) {
        var r2 = SIMD8<Float>()
        for d in 0..<dimensions {
            let difference = SIMD8(repeating: current[d]) - SIMD8(p.0[d], p.1[d], p.2[d], p.3[d], p.4[d], p.5[d], p.6[d], p.7[d])
            differences[d] = difference
            r2 += difference * difference
        }
        let coefficient = coefficients(r2, positive: positive)
        for d in 0..<dimensions {
            let gradient = clip(coefficient * differences[d])
            push[d] += sum(gradient)
            pull?[d] = gradient[0]
        }
    }

    /// The sum of the lanes by halves (a shorter dependency chain than `sum()`'s lane by lane).
    @inline(__always)
    private func sum(_ value: SIMD8<Float>) -> Float {
        let quarter = value.lowHalf + value.highHalf
        let pair = quarter.lowHalf + quarter.highHalf
        return pair[0] + pair[1]
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

private extension UnsafeMutablePointer<Float> {
    /// Adds `delta` to the (x, y) pair of `vertex` in a planar layout, in one 64-bit load and store.
    @inline(__always)
    func movePoint(_ vertex: Int32, by delta: SIMD2<Float>) {
        let pair = UnsafeMutableRawPointer(self) + Int(vertex) * 8
        pair.storeBytes(of: pair.load(as: SIMD2<Float>.self) + delta, as: SIMD2<Float>.self)
    }
}
