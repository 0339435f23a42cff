extension Array where Element == Float {
    /// max |v| over the values (0 when empty; NaNs are passed over), eight lanes at a time: by masks, as the
    /// generic `pointwiseMax` is not inlined and ran lane by lane (UMAP's half-precision rows scan 15 million values).
    public var largestMagnitude: Float {
        withUnsafeBufferPointer { values in
            var lanes = SIMD8<Float>(), index = 0
            while index + 8 <= values.count {
                let eight = UnsafeRawPointer(values.baseAddress! + index).loadUnaligned(as: SIMD8<Float>.self)
                let magnitudes = eight.replacing(with: -eight, where: eight .< 0)
                lanes.replace(with: magnitudes, where: magnitudes .> lanes)
                index += 8
            }
            return values[index...].reduce(lanes.max()) { Swift.max($0, abs($1)) }
        }
    }
}
