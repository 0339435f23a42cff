@testable import FormantAnalysis
import FormantNumerics
import XCTest

final class RandomProjectionForestTests: XCTestCase {
    /// Two tight clusters of 300 frames in 16 dimensions, far apart, cluster 0 first.
    private func twoClusters() throws -> UMAPData {
        var data = TestData(seed: 11)
        let rows = (0..<600).map { i in (0..<16).map { j in data.normal() * 0.1 + (i < 300 ? 0 : 20) + Double(j % 3) } }
        return try UMAPData(FrameMatrix(Matrix(rowArrays: rows)), metric: .euclidean)
    }

    func testEveryTreePartitionsTheFramesIntoSmallLeaves() throws {
        let data = try twoClusters()
        let leaves = RandomProjectionForest.leaves(data, leafSize: 15, seed: 3)
        XCTAssertEqual(RandomProjectionForest.treeCount(frames: 600), 6, "pynndescent: 5 + round(√600 / 20)")
        XCTAssertTrue(leaves.allSatisfy { !$0.isEmpty && $0.count <= 15 })
        var appearances = [Int](repeating: 0, count: 600)
        for leaf in leaves { for frame in leaf { appearances[Int(frame)] += 1 } }
        XCTAssertEqual(Set(appearances), [6], "each frame lies in exactly one leaf of each tree")
    }

    func testLeavesKeepNearFramesTogetherAndDependOnlyOnTheSeed() throws {
        let data = try twoClusters()
        let leaves = RandomProjectionForest.leaves(data, leafSize: 15, seed: 3)
        let mixed = leaves.filter { leaf in Set(leaf.map { $0 < 300 }).count > 1 }
        XCTAssertTrue(mixed.isEmpty, "\(mixed.count) leaves mix the two clusters")
        XCTAssertEqual(RandomProjectionForest.leaves(data, leafSize: 15, seed: 3), leaves)
        XCTAssertNotEqual(RandomProjectionForest.leaves(data, leafSize: 15, seed: 4), leaves)
    }

    func testLargeNodesSplitForAllTreesTogetherKeepTheSameGuarantees() throws {
        let data = try twoClusters()
        let leaves = RandomProjectionForest.leaves(data, leafSize: 15, seed: 5, sharedAbove: 40)
        XCTAssertTrue(leaves.allSatisfy { !$0.isEmpty && $0.count <= 15 })
        var appearances = [Int](repeating: 0, count: 600)
        for leaf in leaves { for frame in leaf { appearances[Int(frame)] += 1 } }
        XCTAssertEqual(Set(appearances), [6], "each frame lies in exactly one leaf of each tree")
        let mixed = leaves.filter { leaf in Set(leaf.map { $0 < 300 }).count > 1 }
        XCTAssertLessThan(mixed.count * 20, leaves.count, "\(mixed.count) of \(leaves.count) leaves mix the two clusters")
        XCTAssertEqual(RandomProjectionForest.leaves(data, leafSize: 15, seed: 5, sharedAbove: 40), leaves)
        XCTAssertNotEqual(RandomProjectionForest.leaves(data, leafSize: 15, seed: 5), leaves, "a different split order")
    }
}
