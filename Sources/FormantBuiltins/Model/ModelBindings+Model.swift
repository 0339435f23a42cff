import Foundation
import FormantModel
import FormantNumerics
import FormantScript

extension ModelBindings {
    static func registerModel(into registry: Registry) {
        registry.type("Model", doc: "A wav2vec 2.0 or HuBERT encoder that turns 16 kHz audio into hidden states (frames × width, 20 ms hop).") { type in
            type.staticMethod(
                "load(_ path: String) -> Model",
                doc: """
                    Loads a Hugging Face model directory (config.json with model.safetensors, sharded safetensors or \
                    pytorch_model.bin; preprocessor_config.json if present). Wav2Vec2Model, Wav2Vec2ForCTC / ForPreTraining / \
                    ForSequenceClassification / ForAudioFrameClassification encoders and HubertModel are supported.
                    """
            ) { arguments, _ in
                try guarded { .native(try Wav2Vec2Model.load(from: URL(fileURLWithPath: try arguments.string("path")))) }
            }
            type.staticMethod(
                "random(layers: Int = 12, width: Int = 768, heads: Int? = nil, seed: Int = 0) -> Model",
                doc: """
                    An untrained model (random weights) with the wav2vec2-base feature encoder, `layers` transformer layers of \
                    `width` (heads default to width/64, feed-forward 4 × width). For demonstrations and benchmarks only.
                    """
            ) { arguments, _ in
                let (layers, width, seed) = (try arguments.int("layers", default: 12), try arguments.int("width", default: 768), try arguments.int("seed", default: 0))
                let heads = try arguments.int("heads", default: max(1, width / 64))
                let configuration = Wav2Vec2Configuration {
                    $0.numHiddenLayers = layers
                    $0.hiddenSize = width
                    $0.numAttentionHeads = heads
                    $0.intermediateSize = 4 * width
                }
                return try guarded {
                    .native(try Wav2Vec2Model.random(configuration: configuration, seed: UInt64(truncatingIfNeeded: seed)))
                }
            }
            type.staticProperty("threadCount", type: "Int", doc: "The number of cores used by models and tensor operations.") {
                .int(Threading.threadCount)
            }
            type.staticMethod(
                "setThreadCount(_ count: Int)",
                doc: "Sets the number of cores used by models and tensor operations (default: OPENBLAS_NUM_THREADS, else all cores)."
            ) { arguments, _ in
                let count = try arguments.int("count")
                guard count >= 1 else {
                    throw ScriptError.invalidArgument(function: arguments.signature.selector, message: "thread count must be at least 1, got \(count)")
                }
                Threading.threadCount = count
                return .void
            }
            type.property("config", type: "ModelConfig", doc: "The configuration (config.json keys).") {
                .native(try receiver($0, Wav2Vec2Model.self).configuration)
            }
            type.property("layerCount", type: "Int", doc: "The number of transformer layers; hidden states are 0...layerCount.") {
                .int(try receiver($0, Wav2Vec2Model.self).layerCount)
            }
            type.property("width", type: "Int", doc: "The width of every hidden state.") { .int(try receiver($0, Wav2Vec2Model.self).width) }
            type.property("parameterCount", type: "Int", doc: "The number of encoder parameters.") {
                .int(try receiver($0, Wav2Vec2Model.self).parameterCount)
            }
            type.property("architecture", type: "String", doc: "The checkpoint's class name, e.g. Wav2Vec2ForCTC.") {
                .string(try receiver($0, Wav2Vec2Model.self).architectureName)
            }
            type.property("isRandom", type: "Bool", doc: "Whether the weights are random (untrained).") {
                .bool(try receiver($0, Wav2Vec2Model.self).isRandom)
            }
            type.method(
                "hiddenStates(_ audio: Any, layers: [Int]? = nil) -> [Tensor]",
                doc: """
                    The hidden states of one utterance (16 kHz mono: [Double], a Tensor or an utterance) as frames × width \
                    tensors, numbered as transformers' output_hidden_states: all layerCount + 1 of them, or those of `layers` \
                    in the order given (the pass stops after the highest). Given an array of utterances, returns one such \
                    array per utterance, with a progress bar; interrupting stops between utterances.
                    """
            ) { receiverValue, arguments, context in
                let model = try receiver(receiverValue, Wav2Vec2Model.self)
                let layers = arguments.has("layers") ? try arguments.array("layers").map { try layerIndex($0, arguments) } : nil
                let audio = try arguments.value("audio")
                return try guarded {
                    if let batch = try utterances(audio, arguments) {
                        let results = try model.hiddenStates(batch: batch, layers: layers, context: context.operation("Extracting hidden states"))
                        return .array(results.map { tensors($0.states) })
                    }
                    return tensors(try model.hiddenStates(try samples(audio, arguments), layers: layers).states)
                }
            }
            type.method("features(_ audio: Any) -> Tensor", doc: "The convolutional feature encoder's output (frames × channels) for one utterance.") { receiverValue, arguments, _ in
                let model = try receiver(receiverValue, Wav2Vec2Model.self)
                let audio = try samples(try arguments.value("audio"), arguments)
                return try guarded { .native(try model.hiddenStates(audio, layers: []).features) }
            }
        }
    }

    static func registerConfiguration(into registry: Registry) {
        registry.type("ModelConfig", doc: "A model configuration, shown with its config.json keys.") { type in
            type.property("hiddenSize", type: "Int", doc: "hidden_size") { .int(try receiver($0, Wav2Vec2Configuration.self).hiddenSize) }
            type.property("numHiddenLayers", type: "Int", doc: "num_hidden_layers") { .int(try receiver($0, Wav2Vec2Configuration.self).numHiddenLayers) }
            type.property("modelType", type: "String", doc: "model_type") { .string(try receiver($0, Wav2Vec2Configuration.self).modelType) }
            type.property("doStableLayerNorm", type: "Bool", doc: "do_stable_layer_norm") { .bool(try receiver($0, Wav2Vec2Configuration.self).doStableLayerNorm) }
        }
    }

    /// The samples of one utterance: numbers, a Tensor, or a native value holding audio.
    static func samples(_ value: Value, _ arguments: BoundArguments) throws -> [Float] {
        if let tensor = value.native(as: Tensor.self) {
            guard tensor.rank == 1 || (tensor.rank == 2 && min(tensor.shape[0], tensor.shape[1]) == 1) else {
                throw audioError(arguments, "a Tensor of shape \(tensor.shape) is not mono audio (1-D, 1 × n or n × 1)")
            }
            return tensor.storage
        }
        if case .native(let object) = value, let audio = object.object as? AudioSamplesConvertible { return try audio.audioSamples() }
        guard let items = value.arrayValue else {
            throw ScriptError.argumentType(function: arguments.signature.selector, parameter: "audio",
                                           expected: "[Double], Tensor or an utterance", actual: value.typeName)
        }
        return try items.enumerated().map { index, item in
            guard let number = item.doubleValue else { throw audioError(arguments, "element \(index) is \(item.typeName), not a number") }
            return Float(number)
        }
    }

    /// Several utterances, when `value` is an array whose elements are themselves audio; `nil` for one utterance.
    static func utterances(_ value: Value, _ arguments: BoundArguments) throws -> [[Float]]? {
        guard case .array(let items) = value, let first = items.first, first.doubleValue == nil else { return nil }
        return try items.map { try samples($0, arguments) }
    }

    private static func layerIndex(_ value: Value, _ arguments: BoundArguments) throws -> Int {
        guard let index = value.intValue else {
            throw ScriptError.argumentType(function: arguments.signature.selector, parameter: "layers", expected: "[Int]", actual: value.typeName)
        }
        return index
    }

    private static func audioError(_ arguments: BoundArguments, _ message: String) -> ScriptError {
        .invalidArgument(function: arguments.signature.selector, message: "audio: \(message)")
    }
}
