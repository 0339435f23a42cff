import Foundation
import FormantNumerics
import FormantTestSupport
import XCTest

/// The BLAS-backed and vectorised operations against direct loops in Double precision.
final class TensorOperationsTests: XCTestCase {
    private func random(_ shape: [Int], seed: Int) -> Tensor {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
        return Tensor(shape: shape, storage: (0..<shape.reduce(1, *)).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Float(Double(state % 20_000) / 10_000 - 1)
        })
    }

    func testLinearAndMatmulMatchDirectSums() {
        let x = random([5, 7], seed: 1), w = random([3, 7], seed: 2), b = random([3], seed: 3)
        var expected = Tensor(shape: [5, 3])
        for i in 0..<5 {
            for o in 0..<3 { expected[i, o] = b[o] + (0..<7).reduce(0) { $0 + x[i, $1] * w[o, $1] } }
        }
        assertEqual(x.linear(weight: w, bias: b), expected, rtol: 1e-5, atol: 1e-5)
        assertEqual(x.matmul(w.transposed()), x.linear(weight: w, bias: nil), rtol: 1e-5, atol: 1e-5)
    }

    /// y[t, o] = b[o] + Σ_j Σ_c w[o, c, j]·x[t·s + j − p, g·cg + c] with PyTorch's [out, in/groups, kernel] weight.
    private func directConvolution(_ x: Tensor, _ w: Tensor, _ b: Tensor, stride: Int, padding: Int, groups: Int) -> Tensor {
        let (frames, outChannels, groupWidth, kernel) = (x.shape[0], w.shape[0], w.shape[1], w.shape[2])
        let outFrames = (frames + 2 * padding - kernel) / stride + 1
        var y = Tensor(shape: [outFrames, outChannels])
        for t in 0..<outFrames {
            for o in 0..<outChannels {
                let g = o / (outChannels / groups)
                var sum = Double(b[o])
                for j in 0..<kernel {
                    let source = t * stride + j - padding
                    guard source >= 0 && source < frames else { continue }
                    for c in 0..<groupWidth { sum += Double(w[o, c, j]) * Double(x[source, g * groupWidth + c]) }
                }
                y[t, o] = Float(sum)
            }
        }
        return y
    }

    func testConvolutionInEveryPathMatchesTheDirectSum() {
        let cases: [(frames: Int, inChannels: Int, outChannels: Int, kernel: Int, stride: Int, padding: Int, groups: Int)] = [
            (50, 1, 6, 10, 5, 0, 1),  // first wav2vec layer: overlapping windows, gathered
            (40, 4, 6, 2, 2, 0, 1),  // stride = kernel: read in place
            (30, 4, 5, 3, 2, 0, 1),
            (30, 64, 8, 3, 2, 0, 1),  // wide input: one GEMM per kernel tap, read in place
            (20, 8, 8, 6, 1, 3, 4),  // positional convolution: grouped, padded, even kernel
            (3000, 2, 3, 3, 1, 1, 1),  // more frames than one gathered block
        ]
        for (index, c) in cases.enumerated() {
            let x = random([c.frames, c.inChannels], seed: 10 + index)
            let w = random([c.outChannels, c.inChannels / c.groups, c.kernel], seed: 20 + index)
            let b = random([c.outChannels], seed: 30 + index)
            let y = x.conv1d(weight: w.timeMajorKernel(), bias: b, stride: c.stride, padding: c.padding, groups: c.groups)
            assertEqual(y, directConvolution(x, w, b, stride: c.stride, padding: c.padding, groups: c.groups),
                        rtol: 1e-4, atol: 1e-5, "case \(index)")
        }
        XCTAssertEqual(Tensor.convolutionFrames(399, kernel: 400, stride: 320), 0)
    }

    func testLayerAndGroupNormalization() {
        let x = random([6, 10], seed: 4), g = random([10], seed: 5), b = random([10], seed: 6)
        let y = x.layerNormalized(weight: g, bias: b, epsilon: 1e-5)
        for r in 0..<6 {
            let row = (0..<10).map { Double(x[r, $0]) }
            let mean = row.reduce(0, +) / 10
            let variance = row.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 10
            for c in 0..<10 {
                XCTAssertEqual(Double(y[r, c]), (row[c] - mean) / (variance + 1e-5).squareRoot() * Double(g[c]) + Double(b[c]), accuracy: 1e-5)
            }
        }
        let grouped = x.groupNormalized(groups: 2, weight: g, bias: b, epsilon: 1e-5)
        let members = (0..<6).flatMap { t in (5..<10).map { Double(x[t, $0]) } }
        let mean = members.reduce(0, +) / 30
        let variance = members.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 30
        XCTAssertEqual(Double(grouped[3, 7]), (Double(x[3, 7]) - mean) / (variance + 1e-5).squareRoot() * Double(g[7]) + Double(b[7]), accuracy: 1e-5)
    }

    func testSoftmaxRows() {
        let x = random([4, 37], seed: 7)
        let p = x.softmaxRows()
        for r in 0..<4 {
            let row = (0..<37).map { Double(x[r, $0]) }
            let top = row.max()!
            let total = row.reduce(0) { $0 + exp($1 - top) }
            for c in 0..<37 { XCTAssertEqual(Double(p[r, c]), exp(row[c] - top) / total, accuracy: 1e-7) }
        }
    }

    func testActivationsAgainstLibm() {
        for x in stride(from: Float(-9), through: 9, by: 0.01) {
            XCTAssertEqual(Activation.gelu(x), 0.5 * x * (1 + erf(x / Float(2).squareRoot())), accuracy: 1e-6, "gelu(\(x))")
            XCTAssertEqual(Tensor.expApproximation(x * 9) / exp(x * 9), 1, accuracy: 4e-7, "exp(\(x * 9))")
            XCTAssertEqual(Activation.geluTanh(x), 0.5 * x * (1 + tanh(0.7978845608 * (x + 0.044715 * x * x * x))), accuracy: 1e-6)
            XCTAssertEqual(Activation.silu(x), x / (1 + exp(-x)), accuracy: 1e-6)
        }
        var t = Tensor(shape: [100_000], repeating: -1)
        t.apply(.relu)
        XCTAssertEqual(t.maxAbs, 0)
        XCTAssertEqual(Tensor.expApproximation(-200), 0, accuracy: 1e-37)
    }

    func testThreadCountCanBeSetAndLoopsCoverEveryIndex() {
        let previous = Threading.threadCount
        defer { Threading.threadCount = previous }
        Threading.threadCount = 0
        XCTAssertEqual(Threading.threadCount, 1)
        Threading.threadCount = 3
        let lock = NSLock()
        var seen = [Int]()
        Threading.parallelFor(1000, minimumChunk: 10) { range in
            lock.lock()
            seen += range
            lock.unlock()
        }
        XCTAssertEqual(seen.sorted(), Array(0..<1000))
    }
}
