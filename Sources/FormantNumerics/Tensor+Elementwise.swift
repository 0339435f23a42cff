/// Element-wise arithmetic used by residual connections.
extension Tensor {
    /// Adds `other` element by element (shapes must agree).
    public static func += (lhs: inout Tensor, rhs: Tensor) {
        precondition(lhs.shape == rhs.shape, "cannot add shapes \(lhs.shape) and \(rhs.shape)")
        lhs.storage.withUnsafeMutableBufferPointer { a in
            rhs.storage.withUnsafeBufferPointer { b in
                for i in 0..<a.count { a[i] += b[i] }
            }
        }
    }

    /// The element-wise sum of two tensors of the same shape.
    public static func + (lhs: Tensor, rhs: Tensor) -> Tensor {
        var sum = lhs
        sum += rhs
        return sum
    }

    /// The largest absolute element (0 for an empty tensor).
    public var maxAbs: Float { storage.largestMagnitude }
}
