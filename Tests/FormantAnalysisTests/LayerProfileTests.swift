import FormantAnalysis
import FormantNumerics
import FormantTestSupport
import XCTest

final class LayerProfileTests: XCTestCase {
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
}
