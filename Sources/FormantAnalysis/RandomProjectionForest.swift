import Dispatch
import FormantNumerics

/// Random-projection trees, the starting candidates of NN-descent as pynndescent builds them for umap-learn.
///
/// Each tree splits its frames recursively by a random hyperplane: the perpendicular bisector of two random
/// frames (through the origin for the cosine metric, whose rows are unit vectors); frames on the hyperplane
/// go to a random side, and a split that leaves one side empty becomes a random halving. A node of at most
/// `leafSize` frames is a leaf, and frames sharing a leaf are likely neighbours. There are
/// min(64, 5 + round(√n / 20)) trees, each drawing from its own seeded random stream.
///
/// Nodes larger than `sharedAbove` frames are split for all trees at once, one pass over the rows per level,
/// so that each row is read from memory once for every tree's hyperplane rather than once per tree; smaller
/// nodes, whose rows stay in cache, are split tree by tree in parallel.
enum RandomProjectionForest {
    /// pynndescent's tree count for `frames` frames.
    static func treeCount(frames: Int) -> Int { Swift.min(64, 5 + Int((Double(frames).squareRoot() / 20).rounded())) }

    /// The leaves of every tree, as lists of frame indices, tree after tree.
    static func leaves(_ data: UMAPData, leafSize: Int, seed: UInt64, sharedAbove: Int = 2048) -> [[Int32]] {
        let rows = Rows(halves: HalfPrecisionRows(data.values, features: data.features), throughOrigin: data.metric == .cosine)
        let trees = treeCount(frames: data.frames), largest = Swift.max(leafSize, sharedAbove)
        var streams = (0..<trees).map { SeededRandom(seed: seed &+ UInt64($0)) }
        var nodes = [[[Int32]]](repeating: [(0..<Int32(data.frames)).map { $0 }], count: trees)
        while nodes.contains(where: { $0.contains { $0.count > largest } }) {
            splitTogether(&nodes, rows, above: largest, streams: &streams)
        }
        var forest = [[[Int32]]](repeating: [], count: trees)
        forest.withUnsafeMutableBufferPointer { output in
            let buffer = output
            DispatchQueue.concurrentPerform(iterations: trees) { tree in
                var random = streams[tree], leaves: [[Int32]] = []
                for node in nodes[tree] { split(node, rows, leafSize: leafSize, random: &random, into: &leaves) }
                buffer[tree] = leaves
            }
        }
        return forest.flatMap { $0 }
    }

    /// Splits every tree's nodes of more than `above` frames in two, the margins of all trees' hyperplanes
    /// computed in one parallel pass over the rows.
    private static func splitTogether(_ nodes: inout [[[Int32]]], _ rows: Rows, above: Int, streams: inout [SeededRandom]) {
        let trees = nodes.count, n = rows.halves.frames
        var planes: [Hyperplane] = []
        var planeOf = [Int32](repeating: -1, count: trees * n)  // per tree and frame: the plane splitting its node
        for tree in 0..<trees {
            for node in nodes[tree] where node.count > above {
                for frame in node { planeOf[tree * n + Int(frame)] = Int32(planes.count) }
                planes.append(Hyperplane(through: node, rows, random: &streams[tree]))
            }
        }
        var margins = [Float](repeating: 0, count: trees * n)
        margins.withUnsafeMutableBufferPointer { output in
            let buffer = output
            Threading.parallelFor(n, minimumChunk: 256) { range in
                for frame in range {
                    for tree in 0..<trees where planeOf[tree * n + frame] >= 0 {
                        buffer[tree * n + frame] = planes[Int(planeOf[tree * n + frame])].margin(of: frame, rows)
                    }
                }
            }
        }
        for tree in 0..<trees {
            nodes[tree] = nodes[tree].flatMap { node -> [[Int32]] in
                guard node.count > above else { return [node] }
                let (left, right) = partition(node, margins: node.map { margins[tree * n + Int($0)] }, random: &streams[tree])
                return [left, right]
            }
        }
    }

    /// Splits `frames` until every part has at most `leafSize` frames, appending the parts to `leaves`.
    private static func split(
        _ frames: [Int32], _ rows: Rows, leafSize: Int, random: inout SeededRandom, into leaves: inout [[Int32]]
    ) {
        guard frames.count > leafSize else {
            leaves.append(frames)
            return
        }
        let plane = Hyperplane(through: frames, rows, random: &random)
        let (left, right) = partition(frames, margins: plane.margins(of: frames, rows), random: &random)
        split(left, rows, leafSize: leafSize, random: &random, into: &leaves)
        split(right, rows, leafSize: leafSize, random: &random, into: &leaves)
    }

    /// The frames of positive margin (`margins`, one per frame), then the others; a margin within 10⁻⁸ of zero
    /// picks a side at random, and a split leaving one side empty becomes a random halving.
    private static func partition(
        _ frames: [Int32], margins: [Float], random: inout SeededRandom
    ) -> (left: [Int32], right: [Int32]) {
        var left: [Int32] = [], right: [Int32] = []
        for (frame, margin) in zip(frames, margins) {
            let goesLeft = abs(margin) < 1e-8 ? random.next() & 1 == 0 : margin > 0
            if goesLeft { left.append(frame) } else { right.append(frame) }
        }
        guard left.isEmpty || right.isEmpty else { return (left, right) }
        var shuffled = frames
        random.shuffleLeading(shuffled.count - 1, of: &shuffled)
        return (Array(shuffled.prefix(shuffled.count / 2)), Array(shuffled.suffix(from: shuffled.count / 2)))
    }
}

/// The rows the trees split: in half precision (the margins only choose a side), and whether hyperplanes pass
/// through the origin (for the cosine metric's unit rows).
private struct Rows {
    let halves: HalfPrecisionRows
    let throughOrigin: Bool
}

/// The perpendicular bisector of two random frames of a node (through the origin for cosine rows), in the
/// scaled units of the half-precision rows, which the margins are computed from.
private struct Hyperplane {
    let normal: [Float]
    let offset: Float

    init(through frames: [Int32], _ rows: Rows, random: inout SeededRandom) {
        let first = Int(frames[random.index(below: frames.count)])
        var second = Int(frames[random.index(below: frames.count - 1)])
        if second == first { second = Int(frames[frames.count - 1]) }
        var offset: Float = 0  // −(a − b)·(a + b)/2
        normal = rows.halves.withRows(first, second) { a, b in
            [Float](unsafeUninitializedCapacity: a.count) { normal, count in
                for k in a.indices {
                    let x = Float(a[k]), y = Float(b[k])
                    normal[k] = x - y
                    offset -= (x - y) * (x + y) / 2
                }
                count = a.count
            }
        }
        self.offset = rows.throughOrigin ? 0 : offset
    }

    /// The signed distance of `frame` from the plane, up to the normal's length.
    func margin(of frame: Int, _ rows: Rows) -> Float {
        offset + normal.withUnsafeBufferPointer { rows.halves.dot(frame, $0.baseAddress!) }
    }

    /// The margins of `frames`, four at a time (`HalfPrecisionRows.dots`).
    func margins(of frames: [Int32], _ rows: Rows) -> [Float] {
        normal.withUnsafeBufferPointer { normal in
            var margins = [Float]()
            margins.reserveCapacity(frames.count)
            var start = 0
            while start + 4 <= frames.count {
                let four = SIMD4(frames[start], frames[start + 1], frames[start + 2], frames[start + 3])
                let dots = rows.halves.dots(four, normal.baseAddress!)
                for lane in 0..<4 { margins.append(offset + dots[lane]) }
                start += 4
            }
            for frame in frames[start...] { margins.append(margin(of: Int(frame), rows)) }
            return margins
        }
    }
}
