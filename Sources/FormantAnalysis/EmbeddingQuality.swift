import FormantCore
import FormantNumerics

/// How faithfully a low-dimensional embedding keeps the data's neighbourhoods.
public enum EmbeddingQuality {
    /// Trustworthiness (Venna & Kaski 2001), as scikit-learn's `trustworthiness`:
    /// T(k) = 1 − 2/(n·k·(2n − 3k − 1)) · Σᵢ Σ_{j ∈ Uₖ(i)} (r(i, j) − k), where Uₖ(i) are the k nearest
    /// neighbours of i in the embedding and r(i, j) the rank of j among i's neighbours in the input space
    /// (Euclidean). 1 means no false neighbours. O(n²·d) time: the input distances of 256 frames at a time are one
    /// matrix product (‖xᵢ‖² + ‖xⱼ‖² − 2xᵢ·xⱼ on centred rows), blocks two or more at a time; O(256·n) memory.
    public static func trustworthiness(_ x: FrameMatrix, _ embedding: Matrix, k: Int = 15) throws -> Double {
        let n = x.frames
        guard embedding.rows == n else {
            throw AnalysisError.frameCountMismatch(measure: "trustworthiness", first: x.name, firstFrames: n, second: "embedding", secondFrames: embedding.rows)
        }
        guard k >= 1, 2 * n - 3 * k - 1 > 0 else {
            throw AnalysisError.invalidParameter(measure: "trustworthiness", name: "k", value: "\(k)", expected: "in 1..<\(n / 2)")
        }
        let data = CentredFrames(x).centred, norms = data.rowSquaredNorms, blockSize = 256
        let penalties = try Threading.concurrentMap((n + blockSize - 1) / blockSize) { block in
            let rows = Array((block * blockSize)..<Swift.min(n, (block + 1) * blockSize))
            let products = data.selectingRows(rows).multiplied(by: data, transposingOther: true)
            var penalty = 0.0
            for (r, i) in rows.enumerated() {
                let inputDistances = (0..<n).map { norms[i] + norms[$0] - 2 * products[r, $0] }
                for j in nearest(k, to: i, in: embedding) {
                    let dij = inputDistances[j]
                    var rank = 1
                    for l in 0..<n where l != i && inputDistances[l] < dij { rank += 1 }
                    if rank > k { penalty += Double(rank - k) }
                }
            }
            return penalty
        }
        let nd = Double(n), kd = Double(k)
        return 1 - penalties.reduce(0, +) * 2 / (nd * kd * (2 * nd - 3 * kd - 1))
    }

    /// Leave-one-out accuracy of a k-nearest-neighbour majority vote in the embedding: how well the
    /// embedding separates the classes (ties go to the class of the nearest tied neighbour).
    public static func neighborAccuracy<Label: Hashable>(_ embedding: Matrix, labels: [Label], k: Int = 15) throws -> Double {
        guard labels.count == embedding.rows else {
            throw AnalysisError.frameCountMismatch(measure: "neighborAccuracy", first: "embedding", firstFrames: embedding.rows, second: "labels", secondFrames: labels.count)
        }
        guard k >= 1, k < embedding.rows else {
            throw AnalysisError.invalidParameter(measure: "neighborAccuracy", name: "k", value: "\(k)", expected: "in 1..<\(embedding.rows)")
        }
        var correct = 0
        for i in 0..<embedding.rows {
            let neighbours = nearest(k, to: i, in: embedding)
            var votes: [Label: Int] = [:]
            for j in neighbours { votes[labels[j], default: 0] += 1 }
            let best = votes.values.max() ?? 0
            let winner = neighbours.first { votes[labels[$0]] == best }.map { labels[$0] }
            if winner == labels[i] { correct += 1 }
        }
        return Double(correct) / Double(embedding.rows)
    }

    private static func squaredDistances(from i: Int, in m: Matrix) -> [Double] {
        (0..<m.rows).map { j in
            var sum = 0.0
            for t in 0..<m.columns {
                let diff = m.storage[i * m.columns + t] - m.storage[j * m.columns + t]
                sum += diff * diff
            }
            return sum
        }
    }

    /// The k nearest other rows of `m` to row i, nearest first.
    private static func nearest(_ k: Int, to i: Int, in m: Matrix) -> [Int] {
        let distances = squaredDistances(from: i, in: m)
        var heap = NeighborHeap(capacity: k)
        for j in 0..<m.rows where j != i { heap.push(index: Int32(j), key: Float(distances[j])) }
        return heap.sorted().map { Int($0.index) }
    }
}
