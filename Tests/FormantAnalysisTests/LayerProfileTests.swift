import FormantAnalysis
import FormantCore
import FormantNumerics
import FormantTestSupport
import XCTest

final class LayerProfileTests: XCTestCase {
    /// SVCCA means that keep many directions for few frames are flagged under the table, profiles and
    /// similarity matrices alike, and only those.
    func testTablesNoteSVCCAMeansInflatedByFewFrames() throws {
        var data = TestData(seed: 52)
        func layers(frames: Int) -> [(name: String, frames: FrameMatrix)] {
            (0..<2).map { (name: "layer \($0)", frames: FrameMatrix(data.matrix(frames, 6))) }
        }
        func tasks(frames: Int) -> [(name: String, labels: [String])] {
            [(name: "tone", labels: (0..<frames).map { "T\($0 % 4)" }), (name: "sex", labels: (0..<frames).map { "S\($0 % 2)" })]
        }
        let few = try LayerProfile.compute(layers: layers(frames: 80), tasks: tasks(frames: 80))
        XCTAssertEqual(few.notes.count, 1)
        XCTAssertTrue(few.mimeBundle.plain.contains("2 of these 4 SVCCA means keep many directions"), few.mimeBundle.plain)
        XCTAssertTrue(few.mimeBundle.plain.contains("6 + 3 directions kept from 80 frames"), few.mimeBundle.plain)
        XCTAssertEqual(try LayerProfile.compute(layers: layers(frames: 300), tasks: tasks(frames: 300)).notes, [])
        XCTAssertEqual(try LayerProfile.compute(layers: layers(frames: 80), tasks: tasks(frames: 80), measure: .cka).notes, [])
        let similar = try SimilarityMatrix.compute(layers(frames: 100))
        XCTAssertTrue(similar.mimeBundle.plain.contains("4 of these 4 SVCCA means"), similar.mimeBundle.plain)
        XCTAssertEqual(try SimilarityMatrix.compute(layers(frames: 200)).notes, [])
    }

    func testSharedPassEqualsSeparateSVCCAForEveryLayerAndTask() throws {
        var data = TestData(seed: 51)
        let tone = (0..<300).map { "T\($0 % 4)" }, sex = (0..<300).map { $0 < 150 ? "F" : "M" }
        let layers = (0..<3).map { l -> (name: String, frames: FrameMatrix) in
            var x = data.matrix(300, 6)
            for i in 0..<300 { x[i, 0] += Double(i % 4) * Double(l); x[i, 1] += i < 150 ? 2 : 0 }
            return (name: "layer \(l)", frames: FrameMatrix(x))
        }
        let tasks = [(name: "tone", labels: tone), (name: "sex", labels: sex)]
        let profile = try LayerProfile.compute(layers: layers, tasks: tasks)
        XCTAssertEqual(profile.values.count, 3)
        for (l, layer) in layers.enumerated() {
            for (t, task) in tasks.enumerated() {
                assertClose(profile.values[l][t], try SVCCA.compute(layer.frames, labels: task.labels).mean, atol: 1e-10)
            }
        }
        XCTAssertGreaterThan(profile.value(layer: "layer 2", task: "tone")!, profile.value(layer: "layer 0", task: "tone")!)
        let cka = try LayerProfile.compute(layers: layers, tasks: tasks, measure: .cka)
        assertClose(cka.values[1][0], try RepresentationMeasure.cka.compare(layers[1].frames, labels: tone), atol: 1e-12)
        XCTAssertTrue(profile.mimeBundle.plain.contains("layer 2"))
        let speakers = (0..<300).map { "S\($0 % 10)" }
        let probes = try LayerProfile.probes(layers: layers, tasks: tasks, groups: speakers)
        XCTAssertEqual(probes.measure, "probe balanced accuracy")
        XCTAssertGreaterThan(probes.value(layer: "layer 2", task: "tone")!, probes.value(layer: "layer 0", task: "tone")!)
        XCTAssertTrue(profile.mimeBundle.data["text/html"]!.contains("<th>tone</th>"))
    }

    func testMismatchedLabelsNameTheLayerAndTask() {
        var data = TestData(seed: 52)
        assertThrowsMessage(
            try LayerProfile.compute(layers: [(name: "layer 4", frames: FrameMatrix(data.matrix(10, 2)))], tasks: [(name: "tone", labels: ["a", "b"])]),
            containing: ["'layer 4' has 10", "'tone' has 2"])
    }

    func testLayersComputedTogetherEqualLayersOneAtATime() throws {
        var data = TestData(seed: 53)
        let labels = (0..<200).map { "C\($0 % 3)" }
        let layers = (0..<5).map { l -> (name: String, frames: FrameMatrix) in
            var x = data.matrix(200, 8)
            for i in 0..<200 { x[i, 0] += Double(i % 3) * Double(l) }
            return (name: "layer \(l)", frames: FrameMatrix(x))
        }
        let previous = Threading.threadCount
        defer { Threading.threadCount = previous }
        var reports: [Int] = []
        let progress = OperationContext(progress: RecordingProgress { reports.append($0) }, cancellation: CancellationToken())
        Threading.threadCount = 2
        let together = try LayerProfile.compute(layers: layers, tasks: [(name: "class", labels: labels)], context: progress)
        Threading.threadCount = 1
        let alone = try LayerProfile.compute(layers: layers, tasks: [(name: "class", labels: labels)])
        for (a, b) in zip(together.values.joined(), alone.values.joined()) { assertClose(a, b, atol: 1e-12) }
        XCTAssertEqual(reports, [1, 2, 3, 4, 5])
    }

    func testTheEarliestBadLayerIsNamedWhenLayersRunTogether() {
        var data = TestData(seed: 54)
        let layers = (0..<6).map { l -> (name: String, frames: FrameMatrix) in
            var x = data.matrix(40, 3)
            if l >= 2 { x[5, 1] = .nan }
            return (name: "layer \(l)", frames: FrameMatrix(x, name: "layer \(l)"))
        }
        let previous = Threading.threadCount
        defer { Threading.threadCount = previous }
        Threading.threadCount = 2
        assertThrowsMessage(
            try LayerProfile.compute(layers: layers, tasks: [(name: "class", labels: (0..<40).map { "C\($0 % 2)" })]),
            containing: ["'layer 2'"])
    }
}

/// Records the completed counts of the "layers" step.
private final class RecordingProgress: ProgressReporter {
    let record: (Int) -> Void
    init(_ record: @escaping (Int) -> Void) { self.record = record }
    func report(_ label: String, completed: Int, total: Int) { if label == "layers" { record(completed) } }
}
