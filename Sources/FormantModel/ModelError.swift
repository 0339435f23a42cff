/// Every way loading or running a model can fail; `ModelError+Message.swift` words each case,
/// naming the file, the tensor or the parameter concerned.
public enum ModelError: Error, Equatable {
    /// A path that does not exist or cannot be read.
    case io(file: String, reason: String)
    /// A model directory holding none of the supported weight files.
    case noWeights(directory: String)
    /// A JSON file that does not parse.
    case invalidJSON(file: String, detail: String)
    /// A configuration value that is missing, of the wrong type or out of range.
    case invalidConfiguration(file: String, key: String, detail: String)
    /// A model type Formant does not implement (WavLM, data2vec-audio, …).
    case unsupportedArchitecture(file: String, name: String)
    /// A weight file whose structure is broken (truncated, bad header, bad offsets, bad zip or pickle).
    case corruptFile(file: String, detail: String)
    /// A tensor stored with an element type Formant cannot convert to Float32.
    case unsupportedDType(file: String, tensor: String, dtype: String)
    /// A pickle that asks for a Python global outside the allow-list (it would execute code).
    case forbiddenGlobal(file: String, name: String)
    /// A parameter the architecture needs that the checkpoint lacks.
    case missingTensor(file: String, key: String)
    /// Checkpoint tensors that the architecture does not use (strict loading).
    case unexpectedTensors(file: String, keys: [String])
    /// A parameter of the wrong shape.
    case shapeMismatch(file: String, key: String, expected: [Int], actual: [Int])
    /// Audio the model cannot process (too short for the feature encoder, not finite).
    case invalidAudio(detail: String)
    /// A requested hidden-state index outside `0...layerCount`.
    case invalidLayer(requested: Int, layerCount: Int)
}
