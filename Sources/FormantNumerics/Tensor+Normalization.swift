import Foundation

/// Layer and group normalisation of time-major activations (`[frames, channels]`).
extension Tensor {
    /// Layer normalisation of every row (Ba, Kiros & Hinton 2016):
    /// `yᵢ = (xᵢ − μ)/√(σ² + ε)·γᵢ + βᵢ`, with μ and σ² the mean and biased variance of the row.
    public func layerNormalized(weight: Tensor, bias: Tensor, epsilon: Float) -> Tensor {
        let width = shape.last ?? 0
        precondition(weight.count == width && bias.count == width,
                     "layer norm over \(width) features with parameters of \(weight.count) and \(bias.count)")
        var out = [Float](repeating: 0, count: count)
        let rows = width == 0 ? 0 : count / width
        storage.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { y in
                weight.storage.withUnsafeBufferPointer { g in
                    bias.storage.withUnsafeBufferPointer { b in
                        nonisolated(unsafe) let (x, y, g, b) = (x, y, g, b)
                        Threading.parallelFor(rows, minimumChunk: 64) { range in
                            for r in range {
                                Tensor.normalizeRow(x.baseAddress! + r * width, y.baseAddress! + r * width, width,
                                                    g.baseAddress!, b.baseAddress!, epsilon)
                            }
                        }
                    }
                }
            }
        }
        return Tensor(shape: shape, storage: out)
    }

    @inline(__always)
    private static func normalizeRow(
        _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int,
        _ g: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ epsilon: Float
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
        for i in 0..<n { y[i] = (x[i] - mean) * inverse * g[i] + b[i] }
    }

    /// Group normalisation (Wu & He 2018) of a `[frames, channels]` tensor: the channels are split into
    /// `groups` equal groups, each normalised over all its frames and channels, then scaled per channel:
    /// `y = (x − μ_g)/√(σ²_g + ε)·γ_c + β_c`. With `groups == channels` this is per-channel normalisation over time.
    public func groupNormalized(groups: Int, weight: Tensor, bias: Tensor, epsilon: Float) -> Tensor {
        precondition(rank == 2, "group norm needs [frames, channels], got \(shape)")
        let (frames, channels) = (shape[0], shape[1])
        precondition(groups > 0 && channels % groups == 0, "\(channels) channels do not split into \(groups) groups")
        precondition(weight.count == channels && bias.count == channels, "group norm parameters do not match \(channels)")
        let size = channels / groups
        var mean = [Double](repeating: 0, count: channels)
        var squares = [Double](repeating: 0, count: channels)
        storage.withUnsafeBufferPointer { x in
            for t in 0..<frames {
                let row = x.baseAddress! + t * channels
                for c in 0..<channels {
                    let v = Double(row[c])
                    mean[c] += v
                    squares[c] += v * v
                }
            }
        }
        var scale = [Float](repeating: 0, count: channels)
        var shift = [Float](repeating: 0, count: channels)
        let n = Double(frames * size)
        for group in 0..<groups {
            let members = group * size..<(group + 1) * size
            let mu = members.reduce(0) { $0 + mean[$1] } / n
            let variance = max(0, members.reduce(0) { $0 + squares[$1] } / n - mu * mu)
            let inverse = 1 / (variance + Double(epsilon)).squareRoot()
            for c in members {
                scale[c] = Float(inverse) * weight.storage[c]
                shift[c] = bias.storage[c] - Float(mu * inverse) * weight.storage[c]
            }
        }
        return channelAffine(scale: scale, shift: shift)
    }

    /// The per-channel affine map of a `[frames, channels]` tensor: `y[t, c] = x[t, c]·scale[c] + shift[c]`
    /// (also inference-time batch normalisation, with `scale = γ/√(σ² + ε)` and `shift = β − μ·scale`).
    public func channelAffine(scale: [Float], shift: [Float]) -> Tensor {
        precondition(rank == 2 && scale.count == shape[1] && shift.count == shape[1],
                     "channel affine of \(scale.count) channels on shape \(shape)")
        let channels = shape[1]
        var out = [Float](repeating: 0, count: count)
        storage.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { y in
                scale.withUnsafeBufferPointer { s in
                    shift.withUnsafeBufferPointer { h in
                        nonisolated(unsafe) let (x, y, s, h) = (x, y, s, h)
                        Threading.parallelFor(shape[0], minimumChunk: 256) { range in
                            for t in range {
                                for c in 0..<channels { y[t * channels + c] = x[t * channels + c] * s[c] + h[c] }
                            }
                        }
                    }
                }
            }
        }
        return Tensor(shape: shape, storage: out)
    }
}
