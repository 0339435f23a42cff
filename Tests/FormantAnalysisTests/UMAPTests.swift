@testable import FormantAnalysis
import FormantNumerics
import FormantTestSupport
import XCTest

final class UMAPTests: XCTestCase {
    /// `clusters` Gaussian clusters of `size` frames in `dimensions` dimensions, centres `separation` apart on average.
    private func clusters(_ clusters: Int, size: Int, dimensions: Int, separation: Double, seed: UInt64) -> (Matrix, [Int]) {
        var data = TestData(seed: seed)
        let centres = (0..<clusters).map { _ in (0..<dimensions).map { _ in data.normal() * separation } }
        var rows: [[Double]] = [], labels: [Int] = []
        for c in 0..<clusters {
            for _ in 0..<size {
                rows.append(centres[c].map { $0 + data.normal() })
                labels.append(c)
            }
        }
        return (Matrix(rowArrays: rows), labels)
    }

    func testGaussianClustersKeepNeighbourhoodsAndClasses() throws {
        let (x, labels) = clusters(6, size: 80, dimensions: 20, separation: 2.5, seed: 1)
        var options = UMAPOptions()
        options.epochs = 200
        let result = try UMAP.embed(FrameMatrix(x), options: options)
        XCTAssertEqual(result.coordinates.rows, 480)
        XCTAssertEqual(result.coordinates.columns, 2)
        XCTAssertTrue(result.coordinates.isFinite)
        XCTAssertEqual(result.initialization, .spectral)
        let trust = try EmbeddingQuality.trustworthiness(FrameMatrix(x), result.coordinates, k: 15)
        XCTAssertGreaterThan(trust, 0.90, "trustworthiness \(trust)")
        let accuracy = try EmbeddingQuality.neighborAccuracy(result.coordinates, labels: labels, k: 15)
        XCTAssertGreaterThan(accuracy, 0.95, "kNN accuracy \(accuracy)")
    }

    func testWellSeparatedComponentsAreLaidOutApart() throws {
        let (x, labels) = clusters(8, size: 30, dimensions: 10, separation: 50, seed: 2)
        var options = UMAPOptions()
        options.epochs = 100
        options.neighbors = 10
        let result = try UMAP.embed(FrameMatrix(x), options: options)
        XCTAssertEqual(try EmbeddingQuality.neighborAccuracy(result.coordinates, labels: labels, k: 10), 1)
    }

    func testSameSeedSameLayoutOtherSeedOtherLayout() throws {
        let (x, _) = clusters(3, size: 40, dimensions: 5, separation: 3, seed: 3)
        var options = UMAPOptions()
        options.epochs = 50
        let first = try UMAP.embed(FrameMatrix(x), options: options)
        let second = try UMAP.embed(FrameMatrix(x), options: options)
        XCTAssertEqual(first.coordinates, second.coordinates)
        options.seed = 7
        XCTAssertNotEqual(try UMAP.embed(FrameMatrix(x), options: options).coordinates, first.coordinates)
    }

    /// The UMAP of `x` in `epochs` epochs, after checking that its layout runs in parallel blocks.
    private func parallelEmbedding(_ x: Matrix, epochs: Int) throws -> UMAPEmbedding {
        XCTAssertGreaterThan(UMAPOptimizer.blockCount(frames: x.rows), 1, "the layout must run in several blocks")
        var options = UMAPOptions()
        options.epochs = epochs
        return try UMAP.embed(FrameMatrix(x), options: options)
    }

    func testParallelLayoutIsDeterministicAndKeepsNeighbourhoods() throws {
        let (x, labels) = clusters(4, size: 520, dimensions: 8, separation: 3, seed: 8)
        let first = try parallelEmbedding(x, epochs: 30), second = try parallelEmbedding(x, epochs: 30)
        XCTAssertEqual(first.coordinates, second.coordinates, "one seed, one layout, whatever the thread timing")
        let trust = try EmbeddingQuality.trustworthiness(FrameMatrix(x), first.coordinates, k: 15)
        XCTAssertGreaterThan(trust, 0.90, "trustworthiness \(trust)")
        XCTAssertGreaterThan(try EmbeddingQuality.neighborAccuracy(first.coordinates, labels: labels, k: 15), 0.95)
    }

    /// A short run of a graph big enough for parallel blocks keeps neighbourhoods (moves deferred across
    /// blocks, stale while the learning rate is high, are what could spoil it).
    func testShortParallelRunKeepsNeighbourhoods() throws {
        let (x, _) = clusters(8, size: 520, dimensions: 12, separation: 1.5, seed: 9)
        let result = try parallelEmbedding(x, epochs: 20)
        let trust = try EmbeddingQuality.trustworthiness(FrameMatrix(x), result.coordinates, k: 15)
        XCTAssertGreaterThan(trust, 0.9, "trustworthiness \(trust)")
    }

    func testCurveParametersMatchUmapLearnDefaults() throws {
        let (x, _) = clusters(2, size: 20, dimensions: 3, separation: 3, seed: 4)
        var options = UMAPOptions()
        options.epochs = 1
        let result = try UMAP.embed(FrameMatrix(x), options: options)
        // umap.umap_.find_ab_params(1.0, 0.1)
        assertClose(result.a, 1.5769434603113077, atol: 1e-4)
        assertClose(result.b, 0.8950608781227859, atol: 1e-4)
    }

    func testNeighbourDescentPathAndCosineMetric() throws {
        let (x, labels) = clusters(4, size: 150, dimensions: 16, separation: 3, seed: 5)
        var options = UMAPOptions()
        options.epochs = 100
        options.exactNeighborsBelow = 100
        options.metric = .cosine
        let result = try UMAP.embed(FrameMatrix(x), options: options)
        XCTAssertGreaterThan(try EmbeddingQuality.neighborAccuracy(result.coordinates, labels: labels, k: 15), 0.9)
    }

    func testNeighbourDescentRecallsExactNeighbours() throws {
        let (x, _) = clusters(5, size: 200, dimensions: 24, separation: 1.5, seed: 8)
        let data = try UMAPData(FrameMatrix(x), metric: .euclidean)
        var random = SeededRandom(seed: 1)
        let exact = try ExactNeighbors.search(data, k: 15, context: .silent)
        let approximate = try NeighborDescent.search(data, k: 15, random: &random, context: .silent)
        var found = 0
        for i in 0..<data.frames {
            let truth = Set(exact.indices[(i * 15)..<((i + 1) * 15)])
            found += approximate.indices[(i * 15)..<((i + 1) * 15)].filter { truth.contains($0) }.count
        }
        let recall = Double(found) / Double(data.frames * 15)
        XCTAssertGreaterThan(recall, 0.95, "recall \(recall)")
        XCTAssertEqual(approximate.indices[0], 0, "a frame is its own first neighbour")
    }

    func testDuplicateFramesGiveFiniteLayout() throws {
        var data = TestData(seed: 9)
        var x = data.matrix(100, 4)
        for i in 0..<60 { for j in 0..<4 { x[i, j] = 1 } }
        var options = UMAPOptions()
        options.epochs = 30
        let result = try UMAP.embed(FrameMatrix(x), options: options)
        XCTAssertTrue(result.coordinates.isFinite)
    }

    func testBadInputGivesClearErrors() {
        var data = TestData(seed: 6)
        assertThrowsMessage(try UMAP.embed(FrameMatrix(data.matrix(10, 3))), containing: ["10 frames", "at least 16"])
        var zero = data.matrix(30, 3)
        for j in 0..<3 { zero[5, j] = 0 }
        var cosine = UMAPOptions()
        cosine.metric = .cosine
        assertThrowsMessage(try UMAP.embed(FrameMatrix(zero), options: cosine), containing: ["frame 5", "cosine"])
        var bad = UMAPOptions()
        bad.minDist = 2
        assertThrowsMessage(try UMAP.embed(FrameMatrix(data.matrix(30, 3)), options: bad), containing: ["minDist"])
        let tooMany = Matrix(rows: UMAPOptimizer.largestFrameCount + 1, columns: 1)
        assertThrowsMessage(try UMAP.embed(FrameMatrix(tooMany)), containing: ["4194305 frames", "at most 4194304"])
    }
}
