import Foundation
import FormantNumerics

/// The on-disk cache of extracted embeddings: one directory per extraction, named by a hash of its
/// provenance (model, corpus, layers, tasks, selection, precision), holding the provenance text,
/// the frames' metadata (JSON) and one Float32 `.npy` per layer. Re-running a cell loads it.
enum EmbeddingCache {
    private struct Metadata: Codable {
        var layers: [Int], width: Int, tasks: [String], labels: [[String]]
        var utterances: [String], speakers: [String], sexes: [String], indices: [Int], times: [Double]
    }

    /// The FNV-1a 64-bit hash of `text`, in hexadecimal.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return String(value, radix: 16)
    }

    /// The cached extraction with provenance `key`, or nil when there is none.
    static func load(key: String, from root: URL, precision: Embeddings.Precision) throws -> Embeddings? {
        let directory = root.appendingPathComponent("embeddings-" + hash(key))
        guard let stored = try? String(contentsOf: directory.appendingPathComponent("provenance.txt"), encoding: .utf8),
              stored == key else { return nil }
        let metadata = try JSONDecoder().decode(Metadata.self, from: Data(contentsOf: directory.appendingPathComponent("metadata.json")))
        let values = try metadata.layers.map { layer in
            LayerValues(try NPYArray(contentsOf: directory.appendingPathComponent("layer_\(layer).npy")).tensor().storage, precision: precision)
        }
        let frames = metadata.indices.indices.map {
            Embeddings.Frame(utterance: metadata.utterances[$0], speaker: metadata.speakers[$0], sex: metadata.sexes[$0],
                             index: metadata.indices[$0], time: metadata.times[$0])
        }
        return Embeddings(layers: metadata.layers, width: metadata.width, precision: precision, frames: frames,
                          tasks: metadata.tasks, labels: metadata.labels, provenance: key, values: values)
    }

    /// Stores `embeddings` under its provenance (written to a temporary directory, then moved in place).
    static func store(_ embeddings: Embeddings, in root: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        let final = root.appendingPathComponent("embeddings-" + hash(embeddings.provenance))
        let staging = root.appendingPathComponent(".staging-\(UUID().uuidString)")
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        let metadata = Metadata(
            layers: embeddings.layers, width: embeddings.width, tasks: embeddings.tasks, labels: embeddings.labels,
            utterances: embeddings.frames.map(\.utterance), speakers: embeddings.frames.map(\.speaker),
            sexes: embeddings.frames.map(\.sex), indices: embeddings.frames.map(\.index), times: embeddings.frames.map(\.time))
        try JSONEncoder().encode(metadata).write(to: staging.appendingPathComponent("metadata.json"))
        for (position, layer) in embeddings.layers.enumerated() {
            try NPYArray(embeddings.tensor(position)).write(to: staging.appendingPathComponent("layer_\(layer).npy"))
        }
        try embeddings.provenance.write(to: staging.appendingPathComponent("provenance.txt"), atomically: true, encoding: .utf8)
        try? manager.removeItem(at: final)
        try manager.moveItem(at: staging, to: final)
    }
}
