extension Tensor {
    /// Replaces each of `rows` rows of `columns` numbers (row stride `stride`) by its softmax,
    /// `pᵢ = exp(xᵢ − max x)/Σⱼ exp(xⱼ − max x)`, in place; rows are split over the threads.
    ///
    /// The maximum and the sum are reduced eight lanes at a time and the exponentials are a plain map,
    /// so every pass vectorises.
    public static func softmaxRows(_ buffer: UnsafeMutablePointer<Float>, rows: Int, columns: Int, stride: Int) {
        nonisolated(unsafe) let buffer = buffer
        Threading.parallelFor(rows, minimumChunk: 32) { range in
            for r in range {
                let row = buffer + r * stride
                let largest = maximum(row, columns)
                for i in 0..<columns { row[i] = Tensor.expApproximation(row[i] - largest) }
                let inverse = 1 / sum(row, columns)
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

    private static func maximum(_ x: UnsafeMutablePointer<Float>, _ n: Int) -> Float {
        var lanes = SIMD8<Float>(repeating: -.infinity)
        let whole = n / 8 * 8
        for i in Swift.stride(from: 0, to: whole, by: 8) {
            lanes = pointwiseMax(lanes, UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self))
        }
        var result = lanes.max()
        for i in whole..<n { result = Swift.max(result, x[i]) }
        return result
    }

    private static func sum(_ x: UnsafeMutablePointer<Float>, _ n: Int) -> Float {
        var lanes = SIMD8<Float>(repeating: 0)
        let whole = n / 8 * 8
        for i in Swift.stride(from: 0, to: whole, by: 8) {
            lanes += UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self)
        }
        var result = lanes.sum()
        for i in whole..<n { result += x[i] }
        return result
    }
}
