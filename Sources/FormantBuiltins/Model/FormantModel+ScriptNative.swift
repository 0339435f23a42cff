import FormantModel
import FormantNumerics
import FormantScript

// The script type names of the numerics and model libraries' values; their members are registered in
// `ModelBindings+Tensor.swift` and `ModelBindings+Model.swift`.

extension Tensor: ScriptNative {
    public static var scriptTypeName: String { "Tensor" }
}

extension Wav2Vec2Model: ScriptNative {
    public static var scriptTypeName: String { "Model" }
}

extension Wav2Vec2Configuration: ScriptNative {
    public static var scriptTypeName: String { "ModelConfig" }
}

/// A library value that holds audio a model can take, such as a corpus utterance or a recording.
///
/// `model.hiddenStates(x)` accepts a number array, a Tensor, or any native value conforming to this.
public protocol AudioSamplesConvertible {
    /// The samples at 16 kHz, mono, in [-1, 1] (read from disk or resampled if need be).
    func audioSamples() throws -> [Float]
}
