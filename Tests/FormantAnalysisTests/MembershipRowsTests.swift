@testable import FormantAnalysis
import Foundation
import XCTest

final class MembershipRowsTests: XCTestCase {
    private let graph = NeighborGraph.fourOnALine

    func testRowsHoldEachFramesOtherNeighboursSortedWithTheirMemberships() {
        let (sigmas, rhos) = FuzzySimplicialSet.smoothDistances(graph, localConnectivity: 1)
        let rows = MembershipRows(graph, sigmas: sigmas, rhos: rhos)
        XCTAssertEqual((0..<4).map { rows.slots(of: $0).map { rows.columns[$0] } }, [[1, 2], [0, 2], [0, 1], [1, 2]])
        for i in 0..<4 {
            for slot in rows.slots(of: i) {
                let neighbour = (0..<3).first { graph.indices[i * 3 + $0] == rows.columns[slot] }!
                let d = Double(graph.distances[i * 3 + neighbour]) - rhos[i]
                XCTAssertEqual(Double(rows.weights[slot]), d > 0 ? Foundation.exp(-d / sigmas[i]) : 1, accuracy: 1e-6)
            }
        }
    }

    func testReverseWeightsAreTheOtherFramesMembershipOrZero() {
        let (sigmas, rhos) = FuzzySimplicialSet.smoothDistances(graph, localConnectivity: 1)
        let rows = MembershipRows(graph, sigmas: sigmas, rhos: rhos)
        let reverse = rows.reverseWeights()
        func weight(_ i: Int, _ j: Int32) -> Float {
            rows.slots(of: i).first { rows.columns[$0] == j }.map { rows.weights[$0] } ?? 0
        }
        for i in 0..<4 {
            for slot in rows.slots(of: i) { XCTAssertEqual(reverse[slot], weight(Int(rows.columns[slot]), Int32(i))) }
        }
        XCTAssertEqual(reverse[rows.slots(of: 3).first!], 0, "frame 3 lists frame 1, which does not list frame 3")
        XCTAssertGreaterThan(reverse[rows.slots(of: 0).first!], 0, "frames 0 and 1 list each other")
    }
}
