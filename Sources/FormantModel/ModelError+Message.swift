extension ModelError: CustomStringConvertible {
    /// The message shown to the user.
    public var description: String {
        switch self {
        case .io(let file, let reason):
            return "\(file): \(reason)"
        case .noWeights(let directory):
            return "\(directory): no model.safetensors, model.safetensors.index.json or pytorch_model.bin found"
        case .invalidJSON(let file, let detail):
            return "\(file): invalid JSON: \(detail)"
        case .invalidConfiguration(let file, let key, let detail):
            return "\(file): configuration key '\(key)': \(detail)"
        case .unsupportedArchitecture(let file, let name):
            return "\(file): unsupported architecture '\(name)' (wav2vec 2.0 and HuBERT models are supported)"
        case .corruptFile(let file, let detail):
            return "\(file): corrupt or truncated weight file: \(detail)"
        case .unsupportedDType(let file, let tensor, let dtype):
            return "\(file): tensor '\(tensor)' has unsupported element type \(dtype)"
        case .forbiddenGlobal(let file, let name):
            return "\(file): refusing to unpickle global '\(name)': only tensor-rebuilding globals are allowed"
        case .missingTensor(let file, let key):
            return "\(file): missing tensor '\(key)'"
        case .unexpectedTensors(let file, let keys):
            let shown = keys.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
            return "\(file): \(keys.count) unexpected tensor(s) not used by the model: \(shown)\(keys.count > 5 ? ", …" : "")"
        case .shapeMismatch(let file, let key, let expected, let actual):
            return "\(file): tensor '\(key)' has shape \(actual), expected \(expected)"
        case .invalidAudio(let detail):
            return "invalid audio: \(detail)"
        case .invalidLayer(let requested, let layerCount):
            return "hidden state \(requested) does not exist: the model has states 0...\(layerCount)"
        }
    }
}
