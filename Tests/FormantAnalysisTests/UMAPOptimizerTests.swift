@testable import FormantAnalysis
import FormantCore
import XCTest

final class UMAPOptimizerTests: XCTestCase {
    /// The two-dimensional kernel and the one for any dimension count do the same arithmetic: a third axis on
    /// which every vertex sits at the same place never moves, and leaves the first two exactly as in the plane.
    func testPlanarKernelMatchesTheGeneralKernelOnAFlatThirdAxis() throws {
        let frames = 3_000
        var random = SeededRandom(seed: 11)
        var heads: [Int32] = [], tails: [Int32] = [], weights: [Float] = []
        for head in 0..<frames {
            for offset in [1, 2, 3, 17, 400] {
                heads.append(Int32(head))
                tails.append(Int32((head + offset) % frames))
                weights.append(Float(0.05 + 0.95 * random.uniform()))
            }
        }
        let graph = FuzzySimplicialSet(frames: frames, heads: heads, tails: tails, weights: weights)
        XCTAssertGreaterThan(UMAPOptimizer.blockCount(frames: frames), 1, "tails must cross blocks")
        let plane = (0..<(2 * frames)).map { _ in Float(10 * random.uniform()) }
        let space = (0..<frames).flatMap { frame -> [Float] in [plane[2 * frame], plane[2 * frame + 1], 5] }
        let parameters = UMAPOptimizer.Parameters(
            a: 1.577, b: 0.895, gamma: 1, initialAlpha: 1, negativeSampleRate: 5, epochs: 20)
        func optimized(_ start: [Float], dimensions: Int) throws -> [Float] {
            var layout = start, seeds = SeededRandom(seed: 3)
            try UMAPOptimizer.optimize(&layout, dimensions: dimensions, graph: graph, parameters: parameters,
                                       random: &seeds, context: .silent)
            return layout
        }
        let planar = try optimized(plane, dimensions: 2), general = try optimized(space, dimensions: 3)
        XCTAssertNotEqual(planar, plane, "the layout must move")
        let generalPlane = (0..<frames).flatMap { frame -> [Float] in [general[3 * frame], general[3 * frame + 1]] }
        XCTAssertEqual(zip(planar, generalPlane).filter { $0 != $1 }.count, 0, "coordinates that differ")
        XCTAssertEqual(Set((0..<frames).map { frame in general[3 * frame + 2] }), [5])
    }
}
