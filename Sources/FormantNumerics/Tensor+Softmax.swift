import Foundation

extension Tensor {
    /// Replaces each of `rows` rows of `columns` numbers (row stride `stride`) by its softmax,
    /// `pᵢ = exp(xᵢ − max x)/Σⱼ exp(xⱼ − max x)`, in place; rows are split over the threads.
    public static func softmaxRows(_ buffer: UnsafeMutablePointer<Float>, rows: Int, columns: Int, stride: Int) {
        nonisolated(unsafe) let buffer = buffer
        Threading.parallelFor(rows, minimumChunk: 32) { range in
            for r in range {
                let row = buffer + r * stride
                var largest = -Float.infinity
                for i in 0..<columns { largest = max(largest, row[i]) }
                var sum: Float = 0
                for i in 0..<columns {
                    let e = expf(row[i] - largest)
                    row[i] = e
                    sum += e
                }
                let inverse = 1 / sum
                for i in 0..<columns { row[i] *= inverse }
            }
        }
    }

    /// The softmax of every row of a matrix.
    public func softmaxRows() -> Tensor {
        precondition(rank == 2, "softmax of rows needs a matrix, got \(shape)")
        var result = self
        result.storage.withUnsafeMutableBufferPointer {
            Tensor.softmaxRows($0.baseAddress!, rows: shape[0], columns: shape[1], stride: shape[1])
        }
        return result
    }
}
