/// One-dimensional convolution of time-major signals (`[frames, channels]`) as GEMM (im2col).
///
/// With frames as rows, the receptive field of output frame `t` (kernel `k`, stride `s`, no padding)
/// is the contiguous block of `k·C_in` numbers starting at row `t·s`. When windows do not overlap
/// (`s ≥ k`) an ungrouped convolution is a single GEMM reading the input in place with row stride `s·C_in`.
/// Otherwise the windows of a block of output frames are gathered into a reused buffer of a few MB
/// (one copy per window for an ungrouped convolution) and multiplied block by block, which keeps
/// the extra memory small and each GEMM large.
extension Tensor {
    /// Reorders a PyTorch `Conv1d` weight `[out, in/groups, kernel]` into the layout `conv1d` reads,
    /// `[out, kernel, in/groups]`.
    public func timeMajorKernel() -> Tensor {
        precondition(rank == 3, "a Conv1d weight has rank 3, got \(shape)")
        let (o, i, k) = (shape[0], shape[1], shape[2])
        var out = [Float](repeating: 0, count: count)
        for a in 0..<o {
            for b in 0..<i {
                for c in 0..<k { out[(a * k + c) * i + b] = storage[(a * i + b) * k + c] }
            }
        }
        return Tensor(shape: [o, k, i], storage: out)
    }

    /// The number of output frames of a convolution over `frames` input frames.
    public static func convolutionFrames(_ frames: Int, kernel: Int, stride: Int, padding: Int = 0) -> Int {
        let span = frames + 2 * padding - kernel
        return span < 0 ? 0 : span / stride + 1
    }

    /// Convolves a `[frames, in]` signal with `weight` in `[out, kernel, in/groups]` layout (see
    /// `timeMajorKernel()`), with zero `padding` frames on both sides: `y[t, o] = b[o] + Σⱼ Σ_c w[o, j, c]·x[t·s + j − p, c]`.
    public func conv1d(weight: Tensor, bias: Tensor?, stride: Int, padding: Int = 0, groups: Int = 1) -> Tensor {
        precondition(rank == 2 && weight.rank == 3, "conv1d: input \(shape), weight \(weight.shape)")
        let (outChannels, kernel, groupWidth) = (weight.shape[0], weight.shape[1], weight.shape[2])
        precondition(groups > 0 && shape[1] == groupWidth * groups && outChannels % groups == 0,
                     "conv1d: \(shape[1]) input channels for weight \(weight.shape) in \(groups) groups")
        let input = padding > 0 ? paddedFrames(padding) : self
        let frames = Tensor.convolutionFrames(input.shape[0], kernel: kernel, stride: stride)
        var out = Tensor.unfilledStorage(frames * outChannels)
        if let bias {
            precondition(bias.count == outChannels, "conv1d: bias of \(bias.count) for \(outChannels) channels")
            for t in 0..<frames { out.replaceSubrange(t * outChannels..<(t + 1) * outChannels, with: bias.storage) }
        }
        let beta: Float = bias == nil ? 0 : 1
        if groups == 1 && stride >= kernel {
            input.storage.withUnsafeBufferPointer { x in
                weight.storage.withUnsafeBufferPointer { w in
                    out.withUnsafeMutableBufferPointer { y in
                        BLAS.gemm(transposeB: true, m: frames, n: outChannels, k: kernel * groupWidth,
                                  a: x.baseAddress!, lda: stride * groupWidth, b: w.baseAddress!, ldb: kernel * groupWidth,
                                  beta: beta, c: y.baseAddress!, ldc: outChannels)
                    }
                }
            }
        } else if groups == 1 && groupWidth >= 64 {
            input.tapwiseConvolution(weight: weight, stride: stride, frames: frames, beta: beta, into: &out)
        } else {
            input.gatheredConvolution(weight: weight, groups: groups, stride: stride, frames: frames, beta: beta, into: &out)
        }
        return Tensor(shape: [frames, outChannels], storage: out)
    }

    /// This signal with `padding` zero frames before and after.
    private func paddedFrames(_ padding: Int) -> Tensor {
        let width = shape[1]
        var padded = [Float](repeating: 0, count: (shape[0] + 2 * padding) * width)
        padded.replaceSubrange(padding * width..<padding * width + count, with: storage)
        return Tensor(shape: [shape[0] + 2 * padding, width], storage: padded)
    }

    /// `y = Σⱼ Xⱼ·Wⱼᵀ` over the kernel taps `j`, where `Xⱼ` (row `t` = input frame `t·s + j`) is read in place
    /// with row stride `s·C_in` and `Wⱼ` is tap `j` of every output channel: one GEMM per tap, no copies.
    private func tapwiseConvolution(weight: Tensor, stride: Int, frames: Int, beta: Float, into out: inout [Float]) {
        let (outChannels, kernel, inChannels) = (weight.shape[0], weight.shape[1], weight.shape[2])
        storage.withUnsafeBufferPointer { x in
            weight.storage.withUnsafeBufferPointer { w in
                out.withUnsafeMutableBufferPointer { y in
                    for j in 0..<kernel {
                        BLAS.gemm(transposeB: true, m: frames, n: outChannels, k: inChannels,
                                  a: x.baseAddress! + j * inChannels, lda: stride * inChannels,
                                  b: w.baseAddress! + j * inChannels, ldb: kernel * inChannels,
                                  beta: j == 0 ? beta : 1, c: y.baseAddress!, ldc: outChannels)
                    }
                }
            }
        }
    }

    /// Per group and block of output frames: gathers the windows into `[block, kernel·groupWidth]` and
    /// multiplies them by the group's kernel, writing the block's outputs in place.
    private func gatheredConvolution(
        weight: Tensor, groups: Int, stride: Int, frames: Int, beta: Float, into out: inout [Float]
    ) {
        let (outChannels, kernel, groupWidth) = (weight.shape[0], weight.shape[1], weight.shape[2])
        let (inChannels, outPerGroup, window) = (shape[1], outChannels / groups, kernel * groupWidth)
        let block = max(64, (1 << 21) / window)
        var columns = [Float](repeating: 0, count: min(frames, block) * window)
        storage.withUnsafeBufferPointer { x in
            weight.storage.withUnsafeBufferPointer { w in
                out.withUnsafeMutableBufferPointer { y in
                    columns.withUnsafeMutableBufferPointer { col in
                        nonisolated(unsafe) let (x, col) = (x, col)
                        for g in 0..<groups {
                            for first in Swift.stride(from: 0, to: frames, by: block) {
                                let rows = min(block, frames - first)
                                Threading.parallelFor(rows, minimumChunk: 16) { range in
                                    for r in range {
                                        let start = x.baseAddress! + (first + r) * stride * inChannels + g * groupWidth
                                        let target = col.baseAddress! + r * window
                                        if groups == 1 {
                                            target.update(from: start, count: window)
                                        } else {
                                            for j in 0..<kernel {
                                                (target + j * groupWidth).update(from: start + j * inChannels, count: groupWidth)
                                            }
                                        }
                                    }
                                }
                                BLAS.gemm(transposeB: true, m: rows, n: outPerGroup, k: window,
                                          a: col.baseAddress!, lda: window, b: w.baseAddress! + g * outPerGroup * window,
                                          ldb: window, beta: beta, c: y.baseAddress! + first * outChannels + g * outPerGroup,
                                          ldc: outChannels)
                            }
                        }
                    }
                }
            }
        }
    }
}
