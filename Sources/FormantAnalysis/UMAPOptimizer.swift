import FormantCore

/// UMAP's layout optimisation (umap-learn's `optimize_layout_euclidean`, move_other = true): stochastic
/// gradient descent on the fuzzy cross-entropy, each edge sampled in proportion to its weight.
///
/// Edge e of weight wₑ is sampled every wₘₐₓ/wₑ epochs; a sample pulls its endpoints together with
/// coefficient −2ab·d^(2(b−1))/(1 + a·d^(2b)) and draws `negativeSampleRate` random vertices per sample,
/// pushed away with 2γb/((0.001 + d²)(1 + a·d^(2b))); every gradient component is clipped to [−4, 4];
/// the learning rate decays linearly, α = α₀(1 − epoch/epochs). Sequential, so one seed gives one layout;
/// powers go through `FastPower` (as umap-learn's numba code runs with fastmath).
enum UMAPOptimizer {
    struct Parameters {
        let a: Float, b: Float, gamma: Float, initialAlpha: Float, negativeSampleRate: Double, epochs: Int
    }

    static func optimize(
        _ embedding: inout [Float], dimensions: Int, graph: FuzzySimplicialSet, parameters p: Parameters,
        random: inout SeededRandom, context: OperationContext
    ) throws {
        let n = graph.frames, edges = graph.heads.count
        let maxWeight = graph.weights.max() ?? 1
        let epochsPerSample = graph.weights.map { Double(maxWeight) / Double($0) }
        let epochsPerNegative = epochsPerSample.map { p.negativeSampleRate > 0 ? $0 / p.negativeSampleRate : .infinity }
        var nextSample = epochsPerSample
        var nextNegative = epochsPerNegative
        var alpha = p.initialAlpha
        let (a, b, twoAB, twoGammaB) = (p.a, p.b, 2 * p.a * p.b, 2 * p.gamma * p.b)
        var generator = random
        defer { random = generator }
        for epoch in 0..<p.epochs {
            let now = Double(epoch), rate = alpha
            embedding.withUnsafeMutableBufferPointer { y in
                graph.heads.withUnsafeBufferPointer { heads in
                graph.tails.withUnsafeBufferPointer { tails in
                epochsPerSample.withUnsafeBufferPointer { perSample in
                epochsPerNegative.withUnsafeBufferPointer { perNegative in
                nextSample.withUnsafeMutableBufferPointer { next in
                nextNegative.withUnsafeMutableBufferPointer { nextNeg in
                    for e in 0..<edges where next[e] <= now {
                        let j = Int(heads[e]) * dimensions
                        let k = Int(tails[e]) * dimensions
                        let d2 = squaredDistance(y, j, k, dimensions)
                        if d2 > 0 {
                            let powered = FastPower.power(d2, b)
                            let coefficient = -twoAB * powered / d2 / (a * powered + 1)
                            for d in 0..<dimensions {
                                let g = clip(coefficient * (y[j + d] - y[k + d])) * rate
                                y[j + d] += g
                                y[k + d] -= g
                            }
                        }
                        next[e] += perSample[e]
                        let negatives = Int((now - nextNeg[e]) / perNegative[e])
                        guard negatives > 0 else { continue }
                        for _ in 0..<negatives {
                            let other = generator.index(below: n) * dimensions
                            let r2 = squaredDistance(y, j, other, dimensions)
                            guard r2 > 0 else { continue }
                            let coefficient = twoGammaB / ((0.001 + r2) * (a * FastPower.power(r2, b) + 1))
                            for d in 0..<dimensions { y[j + d] += clip(coefficient * (y[j + d] - y[other + d])) * rate }
                        }
                        nextNeg[e] += Double(negatives) * perNegative[e]
                    }
                }}}}}}
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
