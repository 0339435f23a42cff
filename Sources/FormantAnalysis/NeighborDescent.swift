import Dispatch
import Foundation
import FormantCore
import FormantNumerics

/// Approximate k-nearest neighbours by NN-descent (Dong, Moses & Li 2011), as pynndescent runs it for
/// umap-learn: start from the frames sharing random-projection leaves (`RandomProjectionForest`), filled up
/// with random frames, then repeatedly compare each frame's neighbours with each other ("a neighbour of a
/// neighbour is likely a neighbour"), sampling at most `maxCandidates` new and
/// old candidates per frame, for max(5, round(log₂ n)) rounds or until fewer than δ·n·k updates (δ = 0.001).
///
/// The search runs on the frames renumbered in the order of the first tree's leaves, so that frames likely to be
/// compared lie close in memory (distances between 768-dimensional rows are bound by memory, not arithmetic).
enum NeighborDescent {
    static func search(
        _ input: UMAPData, k: Int, random: inout SeededRandom, context: OperationContext, maxCandidates: Int = 60
    ) throws -> NeighborGraph {
        let n = input.frames
        let leaves = RandomProjectionForest.leaves(input, leafSize: Swift.max(10, k), seed: random.next())
        let order = Array(leaves.joined().prefix(n))  // the first tree's leaves cover every frame once
        var rank = [Int32](repeating: 0, count: n)
        for (position, frame) in order.enumerated() { rank[Int(frame)] = Int32(position) }
        let data = input.permuted(by: order)
        let heaps = initialHeaps(data, leaves: leaves.map { $0.map { rank[Int($0)] } }, k: k, random: &random)
        let rounds = Swift.max(5, Int(Foundation.log2(Double(n)).rounded()))
        for round in 0..<rounds {
            let (newCandidates, oldCandidates) = candidates(heaps, limit: maxCandidates, seed: random.next())
            heaps.markAllOld()
            let limits = (0..<n).map(heaps.worst)
            let proposals = proposeUpdates(data, newCandidates, oldCandidates, limits)
            let updates = offer(proposals, to: heaps)
            try context.step("neighbours", completed: round + 1, total: rounds)
            if Double(updates) < 0.001 * Double(n * k) { break }
        }
        var indices = [Int32](), distances = [Float]()
        indices.reserveCapacity(n * k)
        distances.reserveCapacity(n * k)
        for frame in 0..<n {
            for entry in heaps.sorted(Int(rank[frame])) {
                indices.append(order[Int(entry.index)])
                distances.append(data.distance(squared: entry.key))
            }
        }
        return NeighborGraph(k: k, indices: indices, distances: distances)
    }

    /// Every frame's heap started from itself, the frames sharing its random-projection `leaves`, then random
    /// frames up to `k`, all flagged new (pynndescent's `init_rp_tree` followed by `init_random`).
    private static func initialHeaps(_ data: UMAPData, leaves: [[Int32]], k: Int, random: inout SeededRandom) -> NeighborHeaps {
        let n = data.frames
        let heaps = NeighborHeaps(frames: n, capacity: k)
        for i in 0..<n { heaps.push(i, Int32(i), key: 0, isNew: true) }
        let unlimited = [Float](repeating: .infinity, count: n)
        _ = offer(proposeUpdates(data, leaves, leaves.map { _ in [] }, unlimited), to: heaps)
        for i in 0..<n {
            while heaps.count(i) < k {
                let j = random.index(below: n)
                if !heaps.contains(i, Int32(j)) { heaps.push(i, Int32(j), key: data.squaredDistance(i, j), isNew: true) }
            }
        }
        return heaps
    }

    /// Every frame's candidates, new and old as its heap flags them: its heap's entries and the frames whose heaps
    /// hold it, at most `limit` of each, drawn at random (pynndescent's `new_build_candidates`). In parallel by
    /// owner: each task lists its own range of frames, scanning the heaps in frame order, and samples them with one
    /// random stream per frame, so the lists do not depend on the thread count.
    private static func candidates(_ heaps: NeighborHeaps, limit: Int, seed: UInt64) -> (new: [[Int32]], old: [[Int32]]) {
        let n = heaps.frames
        var fresh = [[Int32]](repeating: [], count: n), old = [[Int32]](repeating: [], count: n)
        fresh.withUnsafeMutableBufferPointer { freshOutput in
            old.withUnsafeMutableBufferPointer { oldOutput in
                let (freshLists, oldLists) = (freshOutput, oldOutput)
                Threading.parallelFor(n) { mine in
                    for i in mine {  // room for a frame's own entries and as many reverse ones, in one allocation
                        freshLists[i].reserveCapacity(2 * heaps.capacity)
                        oldLists[i].reserveCapacity(2 * heaps.capacity)
                    }
                    for i in 0..<n {
                        for slot in 0..<heaps.count(i) {
                            let j = heaps.index(i, slot: slot)
                            guard Int(j) != i else { continue }
                            let lists = heaps.isNew(i, slot: slot) ? freshLists : oldLists
                            if mine.contains(i) { lists[i].append(j) }
                            if mine.contains(Int(j)) { lists[Int(j)].append(Int32(i)) }
                        }
                    }
                    for i in mine {
                        var random = SeededRandom(seed: seed &+ UInt64(i))
                        sample(&freshLists[i], limit, &random)
                        sample(&oldLists[i], limit, &random)
                    }
                }
            }
        }
        return (fresh, old)
    }

    /// The local join, in parallel: every pair of a frame's candidates whose distance beats either
    /// endpoint's current worst neighbour, in chunks of consecutive frames, listed in frame order (so results do
    /// not depend on thread timing). Consecutive frames, close in the leaf order, share many candidates, whose
    /// rows a chunk then finds in cache.
    private static func proposeUpdates(
        _ data: UMAPData, _ fresh: [[Int32]], _ old: [[Int32]], _ limits: [Float]
    ) -> [[(Int32, Int32, Float)]] {
        let n = fresh.count, chunks = Swift.min(64, n)
        let longest = zip(fresh, old).map { $0.count + $1.count }.max() ?? 0
        var results = [[(Int32, Int32, Float)]](repeating: [], count: chunks)
        results.withUnsafeMutableBufferPointer { out in
            let buffer = out
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var join = LocalJoin(data, longest: longest)
                var found: [(Int32, Int32, Float)] = []
                for i in (chunk * n / chunks)..<((chunk + 1) * n / chunks) {
                    join.forEachPair(new: fresh[i], old: old[i]) { p, q, d in
                        if d < limits[Int(p)] || d < limits[Int(q)] { found.append((p, q, d)) }
                    }
                }
                buffer[chunk] = found
            }
        }
        return results
    }

    /// Offers every proposed pair (p, q, d) to both p's and q's heaps and returns how many offers improved a
    /// heap. In parallel by owner: each task takes the offers to its own range of frames, in proposal order,
    /// so the heaps do not depend on thread timing.
    private static func offer(_ proposals: [[(Int32, Int32, Float)]], to heaps: NeighborHeaps) -> Int {
        var taken = [Int](repeating: 0, count: heaps.frames)  // offers taken, by frame: each written by its owner only
        taken.withUnsafeMutableBufferPointer { counts in
            let counter = counts
            Threading.parallelFor(heaps.frames) { mine in
                func offer(_ p: Int32, _ candidate: Int32, _ d: Float) {
                    let p = Int(p)
                    guard mine.contains(p), d < heaps.worst(p), !heaps.contains(p, candidate) else { return }
                    heaps.push(p, candidate, key: d, isNew: true)
                    counter[p] += 1
                }
                for chunk in proposals {
                    for (p, q, d) in chunk {
                        offer(p, q, d)
                        offer(q, p, d)
                    }
                }
            }
        }
        return taken.reduce(0, +)
    }

    /// Reduces `candidates`, in place, to its distinct values, at most `limit` of them drawn at random.
    private static func sample(_ candidates: inout [Int32], _ limit: Int, _ random: inout SeededRandom) {
        candidates.sort()
        candidates.removeSubrange(candidates.deduplicatedPrefixCount()...)
        guard candidates.count > limit else { return }
        random.shuffleLeading(limit, of: &candidates)
        candidates.removeSubrange(limit...)
    }
}

/// The pairs NN-descent's local join compares for one frame, with their squared distances: each new
/// candidate with the new ones after it and with every old one (a frame is never paired with itself). The dot
/// products come three rows by four at a time (`DotProductTile`), the distances from them
/// (`UMAPData.squaredDistance(_:_:dot:)`). Owns the scratch space of one task.
private struct LocalJoin {
    private let data: UMAPData
    /// The candidates' frames, new then old.
    private var frames: [Int32]
    /// Their rows' addresses, then `DotProductTile.width` more (row 0, whose products are ignored) so that
    /// every tile has its rows.
    private var rows: [UnsafePointer<Float>]
    private var tile = [Float](repeating: 0, count: DotProductTile.height * DotProductTile.width)

    init(_ data: UMAPData, longest: Int) {
        self.data = data
        frames = []
        frames.reserveCapacity(longest)
        rows = []
        rows.reserveCapacity(longest + DotProductTile.width)
    }

    mutating func forEachPair(new fresh: [Int32], old: [Int32], _ body: (Int32, Int32, Float) -> Void) {
        guard !fresh.isEmpty else { return }
        let (height, width) = (DotProductTile.height, DotProductTile.width)
        frames.removeAll(keepingCapacity: true)
        frames += fresh
        frames += old
        let features = data.features
        data.values.withUnsafeBufferPointer { values in
            let base = values.baseAddress!
            rows.removeAll(keepingCapacity: true)
            for frame in frames { rows.append(base + Int(frame) * features) }
            for _ in 0..<width { rows.append(base) }
            rows.withUnsafeBufferPointer { rows in
                tile.withUnsafeMutableBufferPointer { tile in
                    for first in stride(from: 0, to: fresh.count, by: height) {
                        for column in stride(from: (first + 1) / width * width, to: frames.count, by: width) {
                            DotProductTile.products(rows.baseAddress! + first, rows.baseAddress! + column,
                                                    features: features, into: tile.baseAddress!)
                            for x in first..<Swift.min(first + height, fresh.count) {
                                let (start, end) = (Swift.max(column, x + 1), Swift.min(column + width, frames.count))
                                for y in start..<Swift.max(start, end) {
                                    let (p, q) = (frames[x], frames[y])
                                    guard p != q else { continue }
                                    let dot = tile[(x - first) * width + y - column]
                                    body(p, q, data.squaredDistance(Int(p), Int(q), dot: dot))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

extension Array where Element: Equatable {
    /// Moves the distinct values of this sorted array to its front, in order, and returns how many there are.
    fileprivate mutating func deduplicatedPrefixCount() -> Int {
        guard var last = first else { return 0 }
        var count = 1
        for index in 1..<self.count where self[index] != last {
            last = self[index]
            self[count] = last
            count += 1
        }
        return count
    }
}
