import Foundation
import FormantNumerics

/// Reader of the safetensors format: an 8-byte little-endian header length, a JSON header mapping each
/// tensor name to `{dtype, shape, data_offsets: [begin, end]}` (offsets relative to the data after the
/// header), then the raw little-endian data. Every offset and size is checked against the file.
enum SafeTensorsFile {
    /// Every tensor of the file at `url`, converted to Float32.
    static func read(_ url: URL) throws -> [String: Tensor] {
        let file = url.path
        let data = try ModelFiles.contents(of: url)
        func corrupt(_ detail: String) -> ModelError { .corruptFile(file: file, detail: detail) }
        guard data.count >= 8 else { throw corrupt("\(data.count) bytes, shorter than the 8-byte header length") }
        let headerLength = data.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard headerLength <= UInt64(data.count - 8) else {
            throw corrupt("header length \(headerLength) exceeds the file size \(data.count)")
        }
        let dataStart = 8 + Int(headerLength)
        let header: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: data.subdata(in: 8..<dataStart)) as? [String: Any] else {
                throw corrupt("header is not a JSON object")
            }
            header = object
        } catch let error as ModelError { throw error } catch {
            throw corrupt("header is not valid JSON")
        }
        let payload = data.count - dataStart
        var tensors: [String: Tensor] = [:]
        try data.withUnsafeBytes { raw in
            for (name, value) in header where name != "__metadata__" {
                let entry = try Entry(name: name, value: value, file: file)
                guard entry.begin >= 0, entry.begin <= entry.end, entry.end <= payload else {
                    throw corrupt("tensor '\(name)' spans bytes \(entry.begin)..<\(entry.end) of \(payload) data bytes")
                }
                let count = entry.shape.reduce(1, *)
                guard count * entry.type.size == entry.end - entry.begin else {
                    throw corrupt("tensor '\(name)' of shape \(entry.shape) \(entry.type.rawValue) does not fill its \(entry.end - entry.begin) bytes")
                }
                tensors[name] = Tensor(shape: entry.shape, storage: entry.type.decode(raw, offset: dataStart + entry.begin, count: count))
            }
        }
        return tensors
    }

    /// One header entry.
    private struct Entry {
        let type: ElementType
        let shape: [Int]
        let begin: Int
        let end: Int

        init(name: String, value: Any, file: String) throws {
            guard let fields = value as? [String: Any], let dtype = fields["dtype"] as? String,
                  let shape = fields["shape"] as? [Int], let offsets = fields["data_offsets"] as? [Int], offsets.count == 2,
                  shape.allSatisfy({ $0 >= 0 })
            else { throw ModelError.corruptFile(file: file, detail: "bad header entry for tensor '\(name)'") }
            guard let type = ElementType(rawValue: dtype) else {
                throw ModelError.unsupportedDType(file: file, tensor: name, dtype: dtype)
            }
            self.type = type
            self.shape = shape
            begin = offsets[0]
            end = offsets[1]
        }
    }
}
