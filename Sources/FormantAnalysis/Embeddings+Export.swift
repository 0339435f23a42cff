import Foundation
import FormantNumerics

extension Embeddings {
    /// Writes `layer_<l>.npy` (frames × width, float32) for every layer and `metadata.csv`
    /// (frame, utterance, speaker, speaker_sex, index, time, then one column per task) into `directory`.
    public func writeNPY(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (position, layer) in layers.enumerated() {
            try NPYArray(tensor(position)).write(to: directory.appendingPathComponent("layer_\(layer).npy"))
        }
        try metadataCSV.write(to: directory.appendingPathComponent("metadata.csv"), atomically: true, encoding: .utf8)
    }

    /// The frames' metadata as CSV (RFC 4180 quoting).
    public var metadataCSV: String {
        func quoted(_ field: String) -> String {
            field.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }
        let header = (["frame", "utterance", "speaker", "speaker_sex", "index", "time"] + tasks).map(quoted).joined(separator: ",")
        let rows = frames.enumerated().map { number, frame in
            ([String(number), frame.utterance, frame.speaker, frame.sex, String(frame.index), String(format: "%.4f", frame.time)]
                + labels.map { $0[number] }).map(quoted).joined(separator: ",")
        }
        return ([header] + rows).joined(separator: "\n") + "\n"
    }

    /// Writes every layer into one safetensors file (`layer_<l>`, F32 or F16 as stored, frames × width),
    /// with the provenance and the metadata CSV in its `__metadata__`.
    public func writeSafetensors(to url: URL) throws {
        var header: [String: Any] = ["__metadata__": ["provenance": provenance, "metadata_csv": metadataCSV]]
        var payload = Data()
        for (position, layer) in layers.enumerated() {
            let start = payload.count
            switch values[position] {
            case .float32(let v): v.withUnsafeBytes { payload.append(contentsOf: $0) }
            case .float16(let v): v.withUnsafeBytes { payload.append(contentsOf: $0) }
            }
            header["layer_\(layer)"] = [
                "dtype": precision == .float32 ? "F32" : "F16", "shape": [frames.count, width], "data_offsets": [start, payload.count],
            ] as [String: Any]
        }
        var json = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])
        while json.count % 8 != 0 { json.append(0x20) }
        var length = UInt64(json.count).littleEndian
        var file = Data(bytes: &length, count: 8)
        file.append(json)
        file.append(payload)
        try file.write(to: url)
    }
}
