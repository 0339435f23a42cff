import Foundation
import FormantNumerics

/// The directed memberships wᵢⱼ = exp(−max(0, dᵢⱼ − ρᵢ)/σᵢ) of every frame's neighbours other than itself,
/// each row sorted by neighbour: frame i's lie in `slots(of: i)` of the flat arrays (k slots a row).
struct MembershipRows {
    /// Slots per row (the graph's k).
    let k: Int
    /// The neighbours, row by row.
    let columns: [Int32]
    /// Their memberships, all positive.
    let weights: [Float]
    /// How many slots of each row are used.
    let counts: [Int]

    /// The rows of `graph`, in parallel.
    init(_ graph: NeighborGraph, sigmas: [Double], rhos: [Double]) {
        let n = graph.frames, k = graph.k
        var columns = [Int32](repeating: -1, count: n * k), weights = [Float](repeating: 0, count: n * k)
        var counts = [Int](repeating: 0, count: n)
        columns.withUnsafeMutableBufferPointer { columnBuffer in
            weights.withUnsafeMutableBufferPointer { weightBuffer in
                counts.withUnsafeMutableBufferPointer { countBuffer in
                    let (columns, weights, counts) = (columnBuffer, weightBuffer, countBuffer)
                    Threading.parallelFor(n, minimumChunk: 512) { frames in
                        for i in frames {
                            var row: [(column: Int32, weight: Float)] = []
                            row.reserveCapacity(k)
                            for slot in 0..<k {
                                let j = graph.indices[i * k + slot]
                                guard j >= 0, Int(j) != i else { continue }
                                let d = Double(graph.distances[i * k + slot]) - rhos[i]
                                let w = Float((d <= 0 || sigmas[i] == 0) ? 1 : Foundation.exp(-d / sigmas[i]))
                                if w > 0 { row.append((j, w)) }
                            }
                            row.sort { $0.column < $1.column }
                            for (slot, entry) in row.enumerated() { (columns[i * k + slot], weights[i * k + slot]) = entry }
                            counts[i] = row.count
                        }
                    }
                }
            }
        }
        (self.k, self.columns, self.weights, self.counts) = (k, columns, weights, counts)
    }

    /// The slots of row i in use.
    func slots(of i: Int) -> Range<Int> { (i * k)..<(i * k + counts[i]) }

    /// wⱼᵢ for every slot (i, j): j's membership of i, 0 if i is not among j's neighbours; in parallel.
    func reverseWeights() -> [Float] {
        var reverse = [Float](repeating: 0, count: columns.count)
        reverse.withUnsafeMutableBufferPointer { buffer in
            let output = buffer
            Threading.parallelFor(counts.count, minimumChunk: 512) { frames in
                for i in frames {
                    for slot in slots(of: i) { output[slot] = weight(Int(columns[slot]), Int32(i)) }
                }
            }
        }
        return reverse
    }

    /// wᵢⱼ, 0 if j is not among i's neighbours (binary search of row i).
    private func weight(_ i: Int, _ j: Int32) -> Float {
        var low = i * k, high = i * k + counts[i]
        while low < high {
            let mid = (low + high) / 2
            if columns[mid] < j { low = mid + 1 } else { high = mid }
        }
        return low < i * k + counts[i] && columns[low] == j ? weights[low] : 0
    }
}
