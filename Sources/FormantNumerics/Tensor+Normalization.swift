import Foundation

/// Layer and group normalisation of time-major activations (`[frames, channels]`).
extension Tensor {
    /// Layer normalisation of every row (Ba, Kiros & Hinton 2016):
    /// `yᵢ = (xᵢ − μ)/√(σ² + ε)·γᵢ + βᵢ`, with μ and σ² the mean and biased variance of the row.
    public func layerNormalized(weight: Tensor, bias: Tensor, epsilon: Float) -> Tensor {
        var result = self
        result.layerNormalize(weight: weight, bias: bias, epsilon: epsilon)
        return result
    }

    /// Layer normalisation of every row, in place (see `layerNormalized`).
    public mutating func layerNormalize(weight: Tensor, bias: Tensor, epsilon: Float) {
        let width = shape.last ?? 0
        precondition(weight.count == width && bias.count == width,
                     "layer norm over \(width) features with parameters of \(weight.count) and \(bias.count)")
        let rows = width == 0 ? 0 : count / width
        storage.withUnsafeMutableBufferPointer { x in
            weight.storage.withUnsafeBufferPointer { g in
                bias.storage.withUnsafeBufferPointer { b in
                    nonisolated(unsafe) let (x, g, b) = (x, g, b)
                    Threading.parallelFor(rows, minimumChunk: 64) { range in
                        for r in range {
                            Tensor.normalizeRow(x.baseAddress! + r * width, width, g.baseAddress!, b.baseAddress!, epsilon)
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func normalizeRow(
        _ x: UnsafeMutablePointer<Float>, _ n: Int, _ g: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ epsilon: Float
    ) {
        var sum: Float = 0
        for i in 0..<n { sum += x[i] }
        let mean = sum / Float(n)
        var squares: Float = 0
        for i in 0..<n {
            let d = x[i] - mean
            squares += d * d
        }
        let inverse = 1 / (squares / Float(n) + epsilon).squareRoot()
        for i in 0..<n { x[i] = (x[i] - mean) * inverse * g[i] + b[i] }
    }

    /// Group normalisation (Wu & He 2018) of a `[frames, channels]` tensor: the channels are split into
    /// `groups` equal groups, each normalised over all its frames and channels, then scaled per channel:
    /// `y = (x − μ_g)/√(σ²_g + ε)·γ_c + β_c`. With `groups == channels` this is per-channel normalisation over time.
    public func groupNormalized(groups: Int, weight: Tensor, bias: Tensor, epsilon: Float) -> Tensor {
        var result = self
        result.groupNormalize(groups: groups, weight: weight, bias: bias, epsilon: epsilon)
        return result
    }

    /// Group normalisation in place (see `groupNormalized`), followed by `activation` in the same pass.
    public mutating func groupNormalize(
        groups: Int, weight: Tensor, bias: Tensor, epsilon: Float, then activation: Activation = .identity
    ) {
        precondition(rank == 2, "group norm needs [frames, channels], got \(shape)")
        let (frames, channels) = (shape[0], shape[1])
        precondition(groups > 0 && channels % groups == 0, "\(channels) channels do not split into \(groups) groups")
        precondition(weight.count == channels && bias.count == channels, "group norm parameters do not match \(channels)")
        let moments = channelMoments()
        let (scale, shift) = Tensor.groupNormalizationAffine(
            sums: moments.sums, squares: moments.squares, frames: frames, groups: groups, weight: weight, bias: bias, epsilon: epsilon)
        applyChannelAffine(scale: scale, shift: shift, then: activation)
    }

    /// Per-channel sums `Σ_t x[t, c]` and sums of squares `Σ_t x[t, c]²` of a `[frames, channels]` tensor, in
    /// Double; partial moments of consecutive blocks of frames add up to those of the whole.
    public func channelMoments() -> (sums: [Double], squares: [Double]) {
        precondition(rank == 2, "channel moments need [frames, channels], got \(shape)")
        let (frames, channels) = (shape[0], shape[1])
        var sums = [Double](repeating: 0, count: channels)
        var squares = [Double](repeating: 0, count: channels)
        storage.withUnsafeBufferPointer { x in
            for t in 0..<frames {
                let row = x.baseAddress! + t * channels
                for c in 0..<channels {
                    let v = Double(row[c])
                    sums[c] += v
                    squares[c] += v * v
                }
            }
        }
        return (sums, squares)
    }

    /// The per-channel `(scale, shift)` that group normalisation applies, from the channel moments of
    /// `frames` frames: for group `g` with mean μ_g and variance σ²_g over its frames and channels,
    /// `scale_c = γ_c/√(σ²_g + ε)` and `shift_c = β_c − μ_g·scale_c`.
    public static func groupNormalizationAffine(
        sums: [Double], squares: [Double], frames: Int, groups: Int, weight: Tensor, bias: Tensor, epsilon: Float
    ) -> (scale: [Float], shift: [Float]) {
        let channels = sums.count
        precondition(groups > 0 && channels % groups == 0 && weight.count == channels && bias.count == channels,
                     "group norm of \(channels) channels in \(groups) groups with \(weight.count) parameters")
        let size = channels / groups
        var scale = [Float](repeating: 0, count: channels)
        var shift = [Float](repeating: 0, count: channels)
        let n = Double(max(1, frames * size))
        for group in 0..<groups {
            let members = group * size..<(group + 1) * size
            let mu = members.reduce(0) { $0 + sums[$1] } / n
            let variance = max(0, members.reduce(0) { $0 + squares[$1] } / n - mu * mu)
            let inverse = 1 / (variance + Double(epsilon)).squareRoot()
            for c in members {
                scale[c] = Float(inverse) * weight.storage[c]
                shift[c] = bias.storage[c] - Float(mu * inverse) * weight.storage[c]
            }
        }
        return (scale, shift)
    }

    /// The per-channel affine map of a `[frames, channels]` tensor: `y[t, c] = x[t, c]·scale[c] + shift[c]`
    /// (also inference-time batch normalisation, with `scale = γ/√(σ² + ε)` and `shift = β − μ·scale`).
    public func channelAffine(scale: [Float], shift: [Float]) -> Tensor {
        var result = self
        result.applyChannelAffine(scale: scale, shift: shift)
        return result
    }

    /// The per-channel affine map in place, followed by `activation` in the same pass.
    public mutating func applyChannelAffine(scale: [Float], shift: [Float], then activation: Activation = .identity) {
        precondition(rank == 2 && scale.count == shape[1] && shift.count == shape[1],
                     "channel affine of \(scale.count) channels on shape \(shape)")
        let channels = shape[1]
        storage.withUnsafeMutableBufferPointer { x in
            scale.withUnsafeBufferPointer { s in
                shift.withUnsafeBufferPointer { h in
                    nonisolated(unsafe) let (x, s, h) = (x, s, h)
                    Threading.parallelFor(shape[0], minimumChunk: 256) { range in
                        for t in range {
                            let row = UnsafeMutableBufferPointer(rebasing: x[t * channels..<(t + 1) * channels])
                            for c in 0..<channels { row[c] = row[c] * s[c] + h[c] }
                            activation.apply(toRow: row)
                        }
                    }
                }
            }
        }
    }
}
