import Foundation
import FormantNumerics

extension Wav2Vec2Model {
    /// Loads a Hugging Face model directory: `config.json`, the weights (`model.safetensors`, a sharded
    /// `model.safetensors.index.json`, or `pytorch_model.bin`, tried in that order) and, if present,
    /// `preprocessor_config.json`. No Python runs: safetensors are read directly and PyTorch pickles by a
    /// restricted unpickler. Loading is strict (see `ParameterStore`).
    public static func load(from directory: URL) throws -> Wav2Vec2Model {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ModelError.io(file: directory.path, reason: "no such model directory")
        }
        let configurationURL = directory.appendingPathComponent("config.json")
        let configuration = try ModelFiles.decode(Wav2Vec2Configuration.self, from: configurationURL)
        try configuration.validate(file: configurationURL.path)
        let preprocessorURL = directory.appendingPathComponent("preprocessor_config.json")
        let preprocessing = FileManager.default.fileExists(atPath: preprocessorURL.path)
            ? try ModelFiles.decode(Preprocessing.self, from: preprocessorURL) : Preprocessing()
        let (weights, files) = try readWeights(in: directory)
        let source = files.count == 1 ? directory.appendingPathComponent(files[0]).path : directory.path
        let sanitized = try sanitize(weights: weights, configuration: configuration, source: source)
        return try Wav2Vec2Model(
            configuration: configuration, parameters: ParameterStore(sanitized.backbone, source: source),
            heads: sanitized.heads, preprocessing: preprocessing,
            origin: .checkpoint(directory: directory.path, files: ["config.json"] + files))
    }

    /// Every tensor of the directory's weight files, and the names of the files read.
    static func readWeights(in directory: URL) throws -> ([String: Tensor], [String]) {
        let manager = FileManager.default
        let single = directory.appendingPathComponent("model.safetensors")
        if manager.fileExists(atPath: single.path) {
            return (try SafeTensorsFile.read(single), ["model.safetensors"])
        }
        let indexURL = directory.appendingPathComponent("model.safetensors.index.json")
        if manager.fileExists(atPath: indexURL.path) {
            return try readShards(indexURL, in: directory)
        }
        let pickle = directory.appendingPathComponent("pytorch_model.bin")
        if manager.fileExists(atPath: pickle.path) {
            return (try PyTorchCheckpoint.read(pickle), ["pytorch_model.bin"])
        }
        throw ModelError.noWeights(directory: directory.path)
    }

    private static func readShards(_ indexURL: URL, in directory: URL) throws -> ([String: Tensor], [String]) {
        let index = try ModelFiles.decode(ShardIndex.self, from: indexURL)
        let shards = Set(index.weightMap.values).sorted()
        var tensors: [String: Tensor] = [:]
        for shard in shards {
            let url = directory.appendingPathComponent(shard)
            let contents = try SafeTensorsFile.read(url)
            for (name, file) in index.weightMap where file == shard && contents[name] == nil {
                throw ModelError.missingTensor(file: url.path, key: name)
            }
            tensors.merge(contents) { first, _ in first }
        }
        return (tensors, ["model.safetensors.index.json"] + shards)
    }
}
