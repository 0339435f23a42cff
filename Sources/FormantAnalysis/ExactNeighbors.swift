import Dispatch
import FormantCore
import FormantNumerics

/// Exact k-nearest neighbours by blocks of the distance matrix ‖xᵢ‖² + ‖xⱼ‖² − 2xᵢ·xⱼ (Float32 GEMM),
/// keeping the k smallest of each row; the frame itself is always its own first neighbour,
/// as in umap-learn's exact (small-data) path.
enum ExactNeighbors {
    static func search(_ data: UMAPData, k: Int, context: OperationContext) throws -> NeighborGraph {
        let n = data.frames, block = 256
        var indices = [Int32](repeating: 0, count: n * k)
        var distances = [Float](repeating: 0, count: n * k)
        var products = [Float](repeating: 0, count: block * n)
        let starts = Array(stride(from: 0, to: n, by: block))
        for (number, start) in starts.enumerated() {
            let rows = Swift.min(block, n - start)
            data.values.withUnsafeBufferPointer { v in
                products.withUnsafeMutableBufferPointer { p in
                    LinearAlgebra.multiplyTransposed(
                        v.baseAddress! + start * data.features, rows: rows, v.baseAddress!, rows: n, columns: data.features,
                        into: p.baseAddress!)
                }
            }
            indices.withUnsafeMutableBufferPointer { outIndices in
                distances.withUnsafeMutableBufferPointer { outDistances in
                    products.withUnsafeBufferPointer { p in
                        let outI = outIndices, outD = outDistances
                        DispatchQueue.concurrentPerform(iterations: rows) { r in
                            let i = start + r
                            var heap = NeighborHeap(capacity: k)
                            heap.push(index: Int32(i), key: -1)
                            let norms = data.squaredNorms
                            let ni = norms[i]
                            let rowBase = p.baseAddress! + r * n
                            for j in 0..<n where j != i {
                                let squared = ni + norms[j] - 2 * rowBase[j]
                                if squared < heap.worst { heap.push(index: Int32(j), key: squared) }
                            }
                            for (slot, entry) in heap.sorted().enumerated() {
                                outI[i * k + slot] = entry.index
                                outD[i * k + slot] = entry.key < 0 ? 0 : data.distance(squared: entry.key)
                            }
                        }
                    }
                }
            }
            try context.step("neighbours", completed: number + 1, total: starts.count)
        }
        return NeighborGraph(k: k, indices: indices, distances: distances)
    }
}

/// A bounded max-heap keeping the `capacity` smallest keys pushed into it.
struct NeighborHeap {
    private(set) var keys: [Float] = []
    private(set) var indices: [Int32] = []
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        keys.reserveCapacity(capacity)
        indices.reserveCapacity(capacity)
    }

    /// The largest key kept, or +∞ while the heap is not full.
    var worst: Float { keys.count < capacity ? .infinity : keys[0] }

    /// Whether `index` is already kept.
    func contains(_ index: Int32) -> Bool { indices.contains(index) }

    /// Offers an entry; it replaces the worst one when the heap is full and it is smaller.
    mutating func push(index: Int32, key: Float) {
        if keys.count < capacity {
            keys.append(key)
            indices.append(index)
            var child = keys.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard keys[parent] < keys[child] else { break }
                keys.swapAt(parent, child)
                indices.swapAt(parent, child)
                child = parent
            }
            return
        }
        guard key < keys[0] else { return }
        keys[0] = key
        indices[0] = index
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var largest = parent
            if left < capacity, keys[left] > keys[largest] { largest = left }
            if right < capacity, keys[right] > keys[largest] { largest = right }
            if largest == parent { break }
            keys.swapAt(parent, largest)
            indices.swapAt(parent, largest)
            parent = largest
        }
    }

    /// The kept entries, smallest key first.
    func sorted() -> [(index: Int32, key: Float)] {
        zip(indices, keys).map { (index: $0.0, key: $0.1) }.sorted { $0.key < $1.key || ($0.key == $1.key && $0.index < $1.index) }
    }
}
