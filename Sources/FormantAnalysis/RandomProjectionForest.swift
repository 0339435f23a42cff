import Dispatch
import FormantNumerics

/// Random-projection trees, the starting candidates of NN-descent as pynndescent builds them for umap-learn.
///
/// Each tree splits its frames recursively by a random hyperplane: the perpendicular bisector of two random
/// frames (through the origin for the cosine metric, whose rows are unit vectors); frames on the hyperplane
/// go to a random side, and a split that leaves one side empty becomes a random halving. A node of at most
/// `leafSize` frames is a leaf, and frames sharing a leaf are likely neighbours. There are
/// min(64, 5 + round(√n / 20)) trees, built in parallel, each from its own seeded random stream.
enum RandomProjectionForest {
    /// pynndescent's tree count for `frames` frames.
    static func treeCount(frames: Int) -> Int { Swift.min(64, 5 + Int((Double(frames).squareRoot() / 20).rounded())) }

    /// The leaves of every tree, as lists of frame indices, tree after tree.
    static func leaves(_ data: UMAPData, leafSize: Int, seed: UInt64) -> [[Int32]] {
        let trees = treeCount(frames: data.frames)
        var forest = [[[Int32]]](repeating: [], count: trees)
        forest.withUnsafeMutableBufferPointer { output in
            let buffer = output
            DispatchQueue.concurrentPerform(iterations: trees) { tree in
                var random = SeededRandom(seed: seed &+ UInt64(tree))
                var leaves: [[Int32]] = []
                split((0..<Int32(data.frames)).map { $0 }, data, leafSize: leafSize, random: &random, into: &leaves)
                buffer[tree] = leaves
            }
        }
        return forest.flatMap { $0 }
    }

    /// Splits `frames` until every part has at most `leafSize` frames, appending the parts to `leaves`.
    private static func split(
        _ frames: [Int32], _ data: UMAPData, leafSize: Int, random: inout SeededRandom, into leaves: inout [[Int32]]
    ) {
        guard frames.count > leafSize else {
            leaves.append(frames)
            return
        }
        var (left, right) = hyperplaneSplit(frames, data, random: &random)
        if left.isEmpty || right.isEmpty {
            var shuffled = frames
            random.shuffleLeading(shuffled.count - 1, of: &shuffled)
            left = Array(shuffled.prefix(shuffled.count / 2))
            right = Array(shuffled.suffix(from: shuffled.count / 2))
        }
        split(left, data, leafSize: leafSize, random: &random, into: &leaves)
        split(right, data, leafSize: leafSize, random: &random, into: &leaves)
    }

    /// The two sides of the bisector of two random frames of `frames`.
    private static func hyperplaneSplit(
        _ frames: [Int32], _ data: UMAPData, random: inout SeededRandom
    ) -> (left: [Int32], right: [Int32]) {
        let first = Int(frames[random.index(below: frames.count)])
        var second = Int(frames[random.index(below: frames.count - 1)])
        if second == first { second = Int(frames[frames.count - 1]) }
        let d = data.features
        return data.values.withUnsafeBufferPointer { values in
            let a = values.baseAddress! + first * d, b = values.baseAddress! + second * d
            let normal = (0..<d).map { a[$0] - b[$0] }
            let offset: Float = data.metric == .cosine ? 0 : -(0..<d).reduce(0) { $0 + normal[$1] * (a[$1] + b[$1]) / 2 }
            var left: [Int32] = [], right: [Int32] = []
            normal.withUnsafeBufferPointer { n in
                for frame in frames {
                    let margin = offset + BLAS.dot(n.baseAddress!, values.baseAddress! + Int(frame) * d, count: d)
                    let goesLeft = abs(margin) < 1e-8 ? random.next() & 1 == 0 : margin > 0
                    if goesLeft { left.append(frame) } else { right.append(frame) }
                }
            }
            return (left, right)
        }
    }
}
