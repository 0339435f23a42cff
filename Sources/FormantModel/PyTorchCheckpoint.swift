import Foundation
import FormantNumerics
import ZIPFoundation

/// Reader of `pytorch_model.bin` as `torch.save` writes it: a zip archive holding `<name>/data.pkl`
/// (the pickled state dict) and one record `<name>/data/<key>` of raw little-endian bytes per storage.
///
/// The pickle is run by `RestrictedUnpickler` with an allow-list: `collections.OrderedDict`,
/// `torch._utils._rebuild_tensor_v2`, `torch._utils._rebuild_parameter` and the storage types
/// (`torch.FloatStorage`, `HalfStorage`, `BFloat16Storage`, `DoubleStorage`, `LongStorage`, `IntStorage`).
/// Any other global is refused, so a malicious checkpoint cannot run code.
enum PyTorchCheckpoint {
    static let storageTypes: [String: ElementType] = [
        "torch.FloatStorage": .f32, "torch.HalfStorage": .f16, "torch.BFloat16Storage": .bf16,
        "torch.DoubleStorage": .f64, "torch.LongStorage": .i64, "torch.IntStorage": .i32,
    ]

    /// Every tensor of the state dict in the archive at `url`, converted to Float32.
    static func read(_ url: URL) throws -> [String: Tensor] {
        let file = url.path
        _ = try ModelFiles.contents(of: url)
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw ModelError.corruptFile(file: file, detail: "not a zip archive (only PyTorch's zip format, torch ≥ 1.6, is read)")
        }
        guard let pickle = archive.first(where: { $0.path.hasSuffix("data.pkl") }) else {
            throw ModelError.corruptFile(file: file, detail: "no data.pkl record in the archive")
        }
        let root = String(pickle.path.dropLast("data.pkl".count))
        if let order = archive[root + "byteorder"], try String(decoding: extract(order, from: archive, file: file), as: UTF8.self) != "little" {
            throw ModelError.corruptFile(file: file, detail: "big-endian checkpoints are not supported")
        }
        let storages = StorageReader(archive: archive, root: root, file: file)
        var unpickler = RestrictedUnpickler(
            bytes: try extract(pickle, from: archive, file: file), file: file,
            reducers: [
                "collections.OrderedDict": { _ in .dict(PickleDict()) },
                "torch._utils._rebuild_tensor_v2": { try storages.rebuildTensor($0) },
                "torch._utils._rebuild_parameter": { arguments in
                    guard case .tensor? = arguments.first else { throw storages.corrupt("_rebuild_parameter without a tensor") }
                    return arguments[0]
                },
            ],
            valueGlobals: Set(storageTypes.keys),
            persistentLoad: { try storages.storage(for: $0) })
        guard case .dict(let dict) = try unpickler.load() else {
            throw ModelError.corruptFile(file: file, detail: "the pickle does not hold a state dict")
        }
        var tensors: [String: Tensor] = [:]
        for (key, value) in dict.entries {
            guard case .string(let name) = key, case .tensor(let tensor) = value else {
                throw ModelError.corruptFile(file: file, detail: "state dict entry \(key.kind) → \(value.kind) is not a named tensor")
            }
            tensors[name] = tensor
        }
        return tensors
    }

    static func extract(_ entry: Entry, from archive: Archive, file: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        do { _ = try archive.extract(entry, skipCRC32: true) { bytes.append(contentsOf: $0) } } catch {
            throw ModelError.corruptFile(file: file, detail: "cannot read record '\(entry.path)': \(error)")
        }
        return bytes
    }
}

/// Decodes the archive's storage records on demand, once each, and rebuilds strided tensors from them.
private final class StorageReader {
    let archive: Archive
    let root: String
    let file: String
    private var cache: [String: [Float]] = [:]

    init(archive: Archive, root: String, file: String) {
        self.archive = archive
        self.root = root
        self.file = file
    }

    func corrupt(_ detail: String) -> ModelError { .corruptFile(file: file, detail: detail) }

    /// PyTorch's persistent id `('storage', storage_type, key, location, numel)`.
    func storage(for id: PickleValue) throws -> PickleValue {
        guard case .tuple(let parts) = id, parts.count >= 5, case .string("storage") = parts[0],
              case .global(let typeName) = parts[1], case .string(let key) = parts[2], case .int(let count) = parts[4]
        else { throw corrupt("unexpected persistent id \(id.kind)") }
        guard let type = PyTorchCheckpoint.storageTypes[typeName] else {
            throw ModelError.unsupportedDType(file: file, tensor: "storage \(key)", dtype: typeName)
        }
        if cache[key] == nil {
            guard let entry = archive[root + "data/" + key] else { throw corrupt("missing storage record data/\(key)") }
            let bytes = try PyTorchCheckpoint.extract(entry, from: archive, file: file)
            guard bytes.count >= count * type.size else {
                throw corrupt("storage data/\(key) has \(bytes.count) bytes, \(count) \(typeName) elements need \(count * type.size)")
            }
            cache[key] = bytes.withUnsafeBytes { type.decode($0, offset: 0, count: count) }
        }
        return .storage(type: type, key: key)
    }

    /// `_rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks, …)`.
    func rebuildTensor(_ arguments: [PickleValue]) throws -> PickleValue {
        guard arguments.count >= 4, case .storage(_, let key) = arguments[0], case .int(let offset) = arguments[1],
              let size = integers(arguments[2]), let stride = integers(arguments[3]), size.count == stride.count,
              let values = cache[key]
        else { throw corrupt("malformed _rebuild_tensor_v2 arguments") }
        let count = size.reduce(1, *)
        guard size.allSatisfy({ $0 >= 0 }) else { throw corrupt("negative tensor size \(size)") }
        if count == 0 { return .tensor(Tensor(shape: size, storage: [])) }
        let last = offset + zip(size, stride).reduce(0) { $0 + ($1.0 - 1) * $1.1 }
        guard offset >= 0, stride.allSatisfy({ $0 >= 0 }), last < values.count else {
            throw corrupt("tensor of size \(size) and stride \(stride) at offset \(offset) overruns storage data/\(key)")
        }
        var out = [Float](repeating: 0, count: count)
        for flat in 0..<count {
            var rest = flat
            var position = offset
            for axis in size.indices.reversed() {
                position += (rest % size[axis]) * stride[axis]
                rest /= size[axis]
            }
            out[flat] = values[position]
        }
        return .tensor(Tensor(shape: size, storage: out))
    }

    private func integers(_ value: PickleValue) -> [Int]? {
        guard case .tuple(let items) = value else { return nil }
        let numbers = items.compactMap { item -> Int? in
            if case .int(let n) = item { return n }
            return nil
        }
        return numbers.count == items.count ? numbers : nil
    }
}
