@testable import FormantAnalysis
import XCTest

final class EdgeScheduleTests: XCTestCase {
    /// umap-learn's schedule, in double precision and with its division: the epochs an edge of period `period`
    /// is sampled in and the negative samples drawn in each.
    private func referenceSchedule(period: Double, rate: Double, epochs: Int) -> [(epoch: Int, negatives: Int)] {
        var nextSample = period, negativePeriod = period / rate, nextNegative = negativePeriod
        var samples: [(epoch: Int, negatives: Int)] = []
        for epoch in 0..<epochs where nextSample <= Double(epoch) {
            nextSample += period
            // At rate 0 umap-learn's count is NaN and its loop over negative samples runs no time.
            let negatives = rate > 0 ? Int((Double(epoch) - nextNegative) / negativePeriod) : 0
            nextNegative += Double(negatives) * negativePeriod
            samples.append((epoch, negatives))
        }
        return samples
    }

    private func schedule(of schedule: EdgeSchedule, edges: Int, epochs: Int) -> [[(epoch: Int, negatives: Int)]] {
        var samples = [[(epoch: Int, negatives: Int)]](repeating: [], count: edges)
        for epoch in 0..<epochs {
            var due = schedule.due(0..<edges, epoch: epoch)
            var previousHead = Int32.min
            while let (head, tail, negatives) = due.next() {
                XCTAssertGreaterThan(head, previousHead, "due edges come in edge order")
                XCTAssertEqual(tail, head + 1)
                previousHead = head
                samples[Int(head)].append((epoch, negatives))
            }
        }
        return samples
    }

    /// Each edge of a chain (edge e joins e and e + 1) of `weights`, scheduled at `rate` negative samples per
    /// positive one: its samples from `EdgeSchedule` and from umap-learn's schedule.
    private func chainSamples(
        _ weights: [Float], rate: Double, epochs: Int
    ) -> [(samples: [(epoch: Int, negatives: Int)], reference: [(epoch: Int, negatives: Int)])] {
        let graph = FuzzySimplicialSet(
            frames: weights.count + 1, heads: weights.indices.map(Int32.init), tails: weights.indices.map { Int32($0 + 1) },
            weights: weights)
        let samples = schedule(of: EdgeSchedule(graph, negativeSampleRate: rate), edges: weights.count, epochs: epochs)
        let maxWeight = weights.max() ?? 1
        return weights.indices.map { edge in
            (samples[edge], referenceSchedule(period: Double(maxWeight / weights[edge]), rate: rate, epochs: epochs))
        }
    }

    /// Periods exact in single precision follow umap-learn's schedule sample for sample; counting the negative
    /// samples instead of timing them changes nothing.
    func testExactPeriodsFollowUmapLearnsSchedule() {
        let weights: [Float] = [1, 0.8, 0.5, 0.4, 0.25, 0.125, 0.1]  // periods 1, 1.25, 2, 2.5, 4, 8, 10
        let edges = chainSamples(weights, rate: 5, epochs: 200)
        for (edge, (samples, reference)) in edges.enumerated() {
            XCTAssertEqual(samples.map(\.epoch), reference.map(\.epoch), "edge \(edge)")
            XCTAssertEqual(samples.map(\.negatives), reference.map(\.negatives), "edge \(edge)")
        }
        XCTAssertEqual(edges[0].samples.count, 199, "a period of one is due in every epoch from the first on")
    }

    /// Any period: the same sample count and the same negative samples in all, to within one draw.
    func testAnyPeriodKeepsUmapLearnsCounts() {
        var random = SeededRandom(seed: 5)
        let weights = (0..<500).map { _ in Float(0.02 + 0.98 * random.uniform()) } + [1]
        for (edge, (samples, reference)) in chainSamples(weights, rate: 5, epochs: 200).enumerated() {
            XCTAssertLessThanOrEqual(abs(samples.count - reference.count), 1, "edge \(edge): samples")
            let drawn = samples.reduce(0) { $0 + $1.negatives }, expected = reference.reduce(0) { $0 + $1.negatives }
            XCTAssertLessThanOrEqual(abs(drawn - expected), 5, "edge \(edge): negative samples")
        }
    }

    /// No negative samples at a rate of zero.
    func testZeroRateDrawsNoNegativeSamples() {
        let samples = chainSamples([1], rate: 0, epochs: 50)[0].samples
        XCTAssertEqual(samples.count, 49)
        XCTAssertTrue(samples.allSatisfy { $0.negatives == 0 })
    }
}
