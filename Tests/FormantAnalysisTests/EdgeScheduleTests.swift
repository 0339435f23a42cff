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
            let negatives = Int((Double(epoch) - nextNegative) / negativePeriod)
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

    /// Periods exact in single precision follow umap-learn's schedule sample for sample; counting the negative
    /// samples instead of timing them changes nothing.
    func testExactPeriodsFollowUmapLearnsSchedule() {
        let weights: [Float] = [1, 0.8, 0.5, 0.4, 0.25, 0.125, 0.1]  // periods 1, 1.25, 2, 2.5, 4, 8, 10
        let graph = FuzzySimplicialSet(
            frames: weights.count + 1, heads: weights.indices.map(Int32.init), tails: weights.indices.map { Int32($0 + 1) },
            weights: weights)
        let samples = schedule(of: EdgeSchedule(graph, negativeSampleRate: 5), edges: weights.count, epochs: 200)
        for (edge, weight) in weights.enumerated() {
            let expected = referenceSchedule(period: Double(1 / weight), rate: 5, epochs: 200)
            XCTAssertEqual(samples[edge].map(\.epoch), expected.map(\.epoch), "edge \(edge)")
            XCTAssertEqual(samples[edge].map(\.negatives), expected.map(\.negatives), "edge \(edge)")
        }
        XCTAssertEqual(samples[0].count, 199, "a period of one is due in every epoch from the first on")
    }

    /// Any period: the same sample count and the same negative samples in all, to within one draw.
    func testAnyPeriodKeepsUmapLearnsCounts() {
        var random = SeededRandom(seed: 5)
        let weights = (0..<500).map { _ in Float(0.02 + 0.98 * random.uniform()) } + [1]
        let graph = FuzzySimplicialSet(
            frames: weights.count + 1, heads: weights.indices.map(Int32.init), tails: weights.indices.map { Int32($0 + 1) },
            weights: weights)
        let samples = schedule(of: EdgeSchedule(graph, negativeSampleRate: 5), edges: weights.count, epochs: 200)
        for (edge, weight) in weights.enumerated() {
            let expected = referenceSchedule(period: Double(1 / weight), rate: 5, epochs: 200)
            XCTAssertLessThanOrEqual(abs(samples[edge].count - expected.count), 1, "edge \(edge): samples")
            let drawn = samples[edge].reduce(0) { $0 + $1.negatives }, reference = expected.reduce(0) { $0 + $1.negatives }
            XCTAssertLessThanOrEqual(abs(drawn - reference), 5, "edge \(edge): negative samples")
        }
    }

    /// No negative samples at a rate of zero.
    func testZeroRateDrawsNoNegativeSamples() {
        let graph = FuzzySimplicialSet(frames: 2, heads: [0], tails: [1], weights: [1])
        let samples = schedule(of: EdgeSchedule(graph, negativeSampleRate: 0), edges: 1, epochs: 50)
        XCTAssertEqual(samples[0].count, 49)
        XCTAssertTrue(samples[0].allSatisfy { $0.negatives == 0 })
    }
}
