import Foundation
import FormantCore
import FormantNumerics

/// The Swift side of `bench/analysis_bench.py`: times SVCCA, CKA, a 13-layer × 3-task profile, a phone probe
/// and UMAP on the inputs the script wrote (each the median of three runs, as this shared machine's speed swings
/// by ±20 % within minutes), and writes the probe's accuracy and the UMAP coordinates back for its quality
/// comparison.
///
/// Inputs in `directory`: `a.npy`, `b.npy` (frames × features, float32), `tone.npy`, `phone.npy`,
/// `sex.npy` (one integer label per frame) and any number of `umap_<name>.npy` (frames × features).
/// Outputs: `umap_<name>_formant.npy` (frames × 2), `timings.json` ({name: seconds}) and `values.json`
/// ({"probe_accuracy": the held-out accuracy of the phone probe trained on the first 80 % of frames}).
public enum AnalysisBenchmark {
    /// Runs every measurement and returns (name, seconds) pairs in the order run.
    public static func run(directory: URL) throws -> [(name: String, seconds: Double)] {
        func load(_ name: String) throws -> NPYArray { try NPYArray(contentsOf: directory.appendingPathComponent(name)) }
        let a = try FrameMatrix(load("a.npy").tensor(), name: "a")
        let b = try FrameMatrix(load("b.npy").tensor(), name: "b")
        let tasks = try ["tone", "phone", "sex"].map { (name: $0, labels: try load("\($0).npy").doubles.map { String(Int($0)) }) }
        var timings: [(name: String, seconds: Double)] = []
        func time(_ name: String, _ body: () throws -> Void) rethrows {  // the median of three runs
            var seconds: [Double] = []
            for _ in 0..<3 {
                let start = Date()
                try body()
                seconds.append(Date().timeIntervalSince(start))
            }
            timings.append((name, seconds.sorted()[1]))
        }
        try time("svcca") { _ = try SVCCA.compute(a, b) }
        try time("cka") { _ = try CKA.compute(a, b) }
        let layers = try mixedLayers(a.matrix, b.matrix, count: 13)
        try time("profile") { _ = try LayerProfile.compute(layers: layers, tasks: tasks) }
        let split = a.frames * 4 / 5, halves = (0..<a.frames).map { $0 < split ? "train" : "test" }
        var probe: ProbeResult?
        try time("probe") { probe = try Probe.evaluate(a, labels: tasks[1].labels, groups: halves, testGroups: ["test"]) }
        try "{\"probe_accuracy\": \(probe?.accuracy ?? 0)}\n".write(
            to: directory.appendingPathComponent("values.json"), atomically: true, encoding: .utf8)
        let inputs = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix("umap_") && $0.hasSuffix(".npy") && !$0.hasSuffix("_formant.npy") }.sorted()
        for file in inputs {
            let name = String(file.dropFirst(5).dropLast(4))
            let x = try FrameMatrix(load(file).tensor(), name: name)
            var embedding: UMAPEmbedding?
            try time("umap_\(name)") { embedding = try UMAP.embed(x) }
            if let embedding {
                try NPYArray(embedding.tensor).write(to: directory.appendingPathComponent("umap_\(name)_formant.npy"))
            }
        }
        let json = "{" + timings.map { "\"\($0.name)\": \($0.seconds)" }.joined(separator: ", ") + "}\n"
        try json.write(to: directory.appendingPathComponent("timings.json"), atomically: true, encoding: .utf8)
        return timings
    }

    /// `count` layers drifting from `a` to `b` (layer l = (1 − t)·a + t·b, t = l/(count − 1)),
    /// a stand-in for a model's 13 hidden states with the benchmark's frame and feature counts.
    private static func mixedLayers(_ a: Matrix, _ b: Matrix, count: Int) throws -> [(name: String, frames: FrameMatrix)] {
        guard a.rows == b.rows, a.columns == b.columns else {
            throw AnalysisError.frameCountMismatch(measure: "benchmark", first: "a", firstFrames: a.rows, second: "b", secondFrames: b.rows)
        }
        return try (0..<count).map { l in
            let t = Double(l) / Double(count - 1)
            let storage = zip(a.storage, b.storage).map { Float((1 - t) * $0 + t * $1) }
            return (name: "layer \(l)", frames: try FrameMatrix(Tensor(shape: [a.rows, a.columns], storage: storage), name: "layer \(l)"))
        }
    }
}
