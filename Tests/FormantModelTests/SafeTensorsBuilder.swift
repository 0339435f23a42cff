import Foundation
import FormantNumerics

@testable import FormantModel

/// Writes safetensors files for tests, following the format's layout (8-byte header length, JSON header, data).
enum SafeTensorsBuilder {
    /// One tensor: its dtype name, shape and raw little-endian bytes.
    struct Entry {
        var dtype: String
        var shape: [Int]
        var bytes: [UInt8]

        /// A Float32 tensor.
        init(_ tensor: Tensor) {
            dtype = "F32"
            shape = tensor.shape
            bytes = tensor.storage.flatMap { value in withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) } }
        }

        init(dtype: String, shape: [Int], bytes: [UInt8]) {
            self.dtype = dtype
            self.shape = shape
            self.bytes = bytes
        }
    }

    /// The file's bytes.
    static func data(_ entries: [String: Entry]) throws -> Data {
        var header: [String: Any] = ["__metadata__": ["format": "pt"]]
        var payload: [UInt8] = []
        for name in entries.keys.sorted() {
            let entry = entries[name]!
            header[name] = ["dtype": entry.dtype, "shape": entry.shape, "data_offsets": [payload.count, payload.count + entry.bytes.count]]
            payload += entry.bytes
        }
        let json = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])
        var data = Data(withUnsafeBytes(of: UInt64(json.count).littleEndian) { Array($0) })
        data.append(json)
        data.append(contentsOf: payload)
        return data
    }

    /// Rewrites `model.safetensors` in `directory` after `change` edits its tensors.
    static func rewrite(_ directory: URL, _ change: (inout [String: Tensor]) -> Void) throws {
        let url = directory.appendingPathComponent("model.safetensors")
        var tensors = try SafeTensorsFile.read(url)
        change(&tensors)
        try data(tensors.mapValues(Entry.init)).write(to: url)
    }
}
