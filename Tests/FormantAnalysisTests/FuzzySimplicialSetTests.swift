@testable import FormantAnalysis
import Foundation
import XCTest

final class FuzzySimplicialSetTests: XCTestCase {
    private let graph = NeighborGraph.fourOnALine

    func testSmoothDistancesHitLogTwoOfK() {
        let (sigmas, rhos) = FuzzySimplicialSet.smoothDistances(graph, localConnectivity: 1)
        XCTAssertEqual(rhos, [1, 1, 2, 3], "ρ is the nearest positive distance")
        for i in 0..<4 {
            let sum = (1..<3).map { j -> Double in
                let d = Double(graph.distances[i * 3 + j]) - rhos[i]
                return d > 0 ? Foundation.exp(-d / sigmas[i]) : 1
            }.reduce(0, +)
            XCTAssertEqual(sum, Foundation.log2(3), accuracy: 1e-4, "frame \(i)")
        }
    }

    func testUnionIsSymmetricWithProbabilisticSum() {
        let set = FuzzySimplicialSet(graph, localConnectivity: 1, setOpMixRatio: 1)
        var weights: [Int: Float] = [:]
        for e in set.heads.indices { weights[Int(set.heads[e]) * 4 + Int(set.tails[e])] = set.weights[e] }
        XCTAssertNil(weights[0], "no self loops")
        for (key, w) in weights { XCTAssertEqual(weights[(key % 4) * 4 + key / 4], w, "symmetric \(key)") }
        XCTAssertEqual(weights[0 * 4 + 1], 1, "nearest neighbours at full strength: 1 + 1 − 1·1")
        XCTAssertTrue(zip(set.heads, set.heads.dropFirst()).allSatisfy { $0 <= $1 }, "sorted by head")
    }

    func testPruningDropsEdgesLighterThanTheHeaviestOverTheEpochs() {
        let set = FuzzySimplicialSet(frames: 3, heads: [0, 0, 1, 2], tails: [1, 2, 2, 0], weights: [1, 0.5, 0.0049, 0.005])
        let pruned = set.pruned(below: 200)
        XCTAssertEqual(pruned.weights, [1, 0.5, 0.005])
        XCTAssertEqual(pruned.heads, [0, 0, 2])
        XCTAssertEqual(pruned.tails, [1, 2, 0])
    }

    func testEdgeOffsetsDelimitEachVertexsEdges() {
        let set = FuzzySimplicialSet(frames: 4, heads: [0, 0, 2, 2, 2], tails: [1, 2, 0, 1, 3], weights: [1, 1, 1, 1, 1])
        XCTAssertEqual(set.edgeOffsets, [0, 2, 2, 5, 5])
    }
}
