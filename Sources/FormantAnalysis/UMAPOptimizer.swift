import Foundation
import FormantCore

/// UMAP's layout optimisation (umap-learn's `optimize_layout_euclidean`, move_other = true): stochastic
/// gradient descent on the fuzzy cross-entropy, each edge sampled in proportion to its weight.
///
/// Edge e of weight wₑ is sampled every wₘₐₓ/wₑ epochs; a sample pulls its endpoints together with
/// coefficient −2ab·d^(2(b−1))/(1 + a·d^(2b)) and draws `negativeSampleRate` random vertices per sample,
/// pushed away with 2γb/((0.001 + d²)(1 + a·d^(2b))); every gradient component is clipped to [−4, 4];
/// the learning rate decays linearly, α = α₀(1 − epoch/epochs). Sequential, so one seed gives one layout.
enum UMAPOptimizer {
    struct Parameters {
        let a: Float, b: Float, gamma: Float, initialAlpha: Float, negativeSampleRate: Double, epochs: Int
    }

    static func optimize(
        _ embedding: inout [Float], dimensions: Int, graph: FuzzySimplicialSet, parameters p: Parameters,
        random: inout SeededRandom, context: OperationContext
    ) throws {
        let n = graph.frames
        let maxWeight = graph.weights.max() ?? 1
        let epochsPerSample = graph.weights.map { Double(maxWeight) / Double($0) }
        let epochsPerNegative = epochsPerSample.map { $0 / p.negativeSampleRate }
        var nextSample = epochsPerSample
        var nextNegative = epochsPerNegative
        var alpha = p.initialAlpha
        let (a, b, twoAB, twoGammaB) = (p.a, p.b, 2 * p.a * p.b, 2 * p.gamma * p.b)
        for epoch in 0..<p.epochs {
            let now = Double(epoch)
            embedding.withUnsafeMutableBufferPointer { y in
                for e in 0..<graph.heads.count where nextSample[e] <= now {
                    let j = Int(graph.heads[e]) * dimensions
                    var k = Int(graph.tails[e]) * dimensions
                    var d2 = squaredDistance(y, j, k, dimensions)
                    if d2 > 0 {
                        let coefficient = -twoAB * Foundation.pow(d2, b - 1) / (a * Foundation.pow(d2, b) + 1)
                        for d in 0..<dimensions {
                            let g = clip(coefficient * (y[j + d] - y[k + d])) * alpha
                            y[j + d] += g
                            y[k + d] -= g
                        }
                    }
                    nextSample[e] += epochsPerSample[e]
                    let negatives = p.negativeSampleRate > 0 ? Int((now - nextNegative[e]) / epochsPerNegative[e]) : 0
                    for _ in 0..<Swift.max(negatives, 0) {
                        let other = random.index(below: n)
                        k = other * dimensions
                        d2 = squaredDistance(y, j, k, dimensions)
                        guard d2 > 0 else { continue }
                        let coefficient = twoGammaB / ((0.001 + d2) * (a * Foundation.pow(d2, b) + 1))
                        for d in 0..<dimensions { y[j + d] += clip(coefficient * (y[j + d] - y[k + d])) * alpha }
                    }
                    if negatives > 0 { nextNegative[e] += Double(negatives) * epochsPerNegative[e] }
                }
            }
            alpha = p.initialAlpha * (1 - Float(epoch) / Float(p.epochs))
            try context.step("optimising layout", completed: epoch + 1, total: p.epochs)
        }
    }

    @inline(__always)
    private static func clip(_ value: Float) -> Float { Swift.min(4, Swift.max(-4, value)) }

    @inline(__always)
    private static func squaredDistance(_ y: UnsafeMutableBufferPointer<Float>, _ j: Int, _ k: Int, _ dimensions: Int) -> Float {
        var sum: Float = 0
        for d in 0..<dimensions {
            let diff = y[j + d] - y[k + d]
            sum += diff * diff
        }
        return sum
    }
}
