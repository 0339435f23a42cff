@testable import FormantAnalysis
import XCTest

final class LayoutOrderTests: XCTestCase {
    /// Vertices close in the layout get close numbers; renumbering keeps every edge and undoing the order
    /// gives the layout back.
    func testOrderFollowsTheLayoutAndRenumberingKeepsTheGraph() {
        // Four corners of a square, listed alternately, two vertices at each.
        let layout: [Float] = [0, 0, 9, 9, 0, 9, 9, 0, 0.1, 0, 9, 9.1, 0, 9.1, 9.1, 0]
        let order = LayoutOrder(layout, frames: 8, dimensions: 2)
        let numbers = order.numbers.map(Int.init)
        for (a, b) in [(0, 4), (1, 5), (2, 6), (3, 7)] { XCTAssertEqual(abs(numbers[a] - numbers[b]), 1, "corner \(a)") }
        XCTAssertEqual(order.restored(order.ordered(layout, dimensions: 2), dimensions: 2), layout)
        let graph = FuzzySimplicialSet(frames: 8, heads: [0, 0, 3, 5, 7], tails: [4, 1, 7, 1, 3], weights: [1, 0.5, 0.25, 0.75, 0.2])
        let renumbered = order.renumbered(graph)
        XCTAssertEqual(renumbered.heads, renumbered.heads.sorted())
        let edges = { (g: FuzzySimplicialSet, name: (Int32) -> Int32) in
            Set(zip(zip(g.heads, g.tails), g.weights).map { "\(name($0.0.0))-\(name($0.0.1))-\($0.1)" })
        }
        XCTAssertEqual(edges(renumbered) { order.vertices[Int($0)] }, edges(graph) { $0 })
    }

    func testNonFiniteCoordinatesStillGiveAnOrder() {
        let order = LayoutOrder([0, 0, .nan, 1, 2, .infinity], frames: 3, dimensions: 2)
        XCTAssertEqual(order.vertices.sorted(), [0, 1, 2])
    }
}
