import FormantAnalysis
import FormantCorpus
import FormantModel
import FormantScript
import Foundation

extension AnalysisBindings {
    /// Registers `embeddings(model, corpus, …)`, its method form `model.embeddings(corpus, …)`, and the
    /// members of the `Embeddings` they return.
    static func registerEmbeddingExtraction(into registry: Registry) {
        registry.function(
            "embeddings(_ model: Model, _ corpus: Corpus, layers: [Int]? = nil, tasks: [Task] = [.tone, .phone, .sex], balance: Task? = nil, perClass: Int = 1000, frames: Int? = nil, seed: Int = 0, float16: Bool = false, cache: Bool = true) -> Embeddings",
            doc: """
                Runs `model` over `corpus` and keeps the hidden states `layers` (default: all) of every frame \
                labelled for all `tasks`, with its utterance, speaker, time and labels. `balance: .tone` keeps at \
                most `perClass` frames per class; `frames:` caps the total (seeded). `float16: true` halves memory. \
                Results are cached on disk (~/.cache/formant/embeddings) by model, corpus and options, so re-running \
                a cell is instant (tone tables included in the key; a `Task.tier` with a closure is never cached). Use `e.layer(6)`, `e.labels(.tone)`, `e.speakers`, `e.profile()`, `e.save(dir)`.
                """
        ) { arguments, context in
            try guarded(arguments) { _ in try extract(model: try arguments.value("model"), arguments, context) }
        }
        registry.type("Model", doc: "A wav2vec 2.0 or HuBERT model.") { type in
            type.method(
                "embeddings(_ corpus: Corpus, layers: [Int]? = nil, tasks: [Task] = [.tone, .phone, .sex], balance: Task? = nil, perClass: Int = 1000, frames: Int? = nil, seed: Int = 0, float16: Bool = false, cache: Bool = true) -> Embeddings",
                doc: "`embeddings(model, corpus, …)` written as a method of the model: `model.embeddings(corpus, layers: [0, 6, 12], frames: 20000)`."
            ) { receiver, arguments, context in
                try guarded(arguments) { _ in try extract(model: receiver, arguments, context) }
            }
        }
        registerEmbeddingsMembers(into: registry)
    }

    /// Runs `embeddings(model, corpus, …)`, the function or the model's method, with the arguments given.
    private static func extract(model value: Value, _ arguments: BoundArguments, _ context: ScriptContext) throws -> Value {
        let function = arguments.signature.selector
        guard let model = value.native(as: Wav2Vec2Model.self) else {
            throw ScriptError.argumentType(function: function, parameter: "model", expected: "Model", actual: value.typeName)
        }
        guard let corpus = try arguments.value("corpus").native(as: Corpus.self) else {
            throw ScriptError.argumentType(function: function, parameter: "corpus", expected: "Corpus", actual: try arguments.value("corpus").typeName)
        }
        let tasks = arguments.has("tasks") ? try arguments.array("tasks").map { try task($0, context, function) } : [.tone(), .phone(), .sex()]
        let layers = arguments.has("layers") ? try arguments.array("layers").map { value -> Int in
            guard let layer = value.intValue else { throw ScriptError.argumentType(function: function, parameter: "layers", expected: "[Int]", actual: value.typeName) }
            return layer
        } : Array(0...model.layerCount)
        var selection = FrameSelection(perClass: try arguments.int("perClass", default: 1000), seed: UInt64(truncatingIfNeeded: try arguments.int("seed", default: 0)))
        if arguments.has("balance") { selection.balanceBy = try task(try arguments.value("balance"), context, function).name }
        if arguments.has("frames") { selection.maxFrames = try arguments.int("frames") }
        let cache = try arguments.bool("cache", default: true) ? cacheDirectory : nil
        return .native(try Embeddings.extract(
            model: model, corpus: corpus, layers: layers, tasks: tasks, selection: selection,
            precision: try arguments.bool("float16", default: false) ? .float16 : .float32, cache: cache,
            context: context.operation("Embeddings")))
    }

    /// Registers the members of the `Embeddings` that `embeddings(...)` returns.
    private static func registerEmbeddingsMembers(into registry: Registry) {
        registry.type("Embeddings", doc: "Frame embeddings of some layers of a model over a corpus, with metadata and task labels.") { type in
            type.property("layers", type: "[Int]", doc: "The hidden states kept.") { .array(try result($0, Embeddings.self).layers.map(Value.int)) }
            type.property("count", type: "Int", doc: "The number of frames.") { .int(try result($0, Embeddings.self).frames.count) }
            type.property("tasks", type: "[String]", doc: "The task names.") { .array(try result($0, Embeddings.self).tasks.map(Value.string)) }
            type.property("speakers", type: "[String]", doc: "The speaker of every frame (probe groups).") { .array(try result($0, Embeddings.self).speakers.map(Value.string)) }
            type.property("utterances", type: "[String]", doc: "The utterance of every frame.") { .array(try result($0, Embeddings.self).frames.map { .string($0.utterance) }) }
            type.property("times", type: "[Double]", doc: "The centre of every frame in seconds.") { numbers(try result($0, Embeddings.self).frames.map(\.time)) }
            type.method(
                "layer(_ index: Int) -> Tensor",
                doc: """
                    The frames × width Tensor of hidden state `index`. The frames' task labels and speakers travel \
                    with it, so a task can stand for labels: `svcca(e.layer(6), labels: .tone)`, \
                    `probe(e.layer(6), task: .tone)`, `umap(e.layer(6)).scatter(colorBy: .tone)`.
                    """
            ) { receiver, arguments, _ in
                try guarded(arguments) { _ in
                    let embeddings = try result(receiver, Embeddings.self)
                    let index = try arguments.int("index")
                    return EmbeddingOrigin.layer(try embeddings.layer(index).matrix.tensor, of: embeddings, index: index)
                }
            }
            type.method("labels(_ task: Task) -> [String]", doc: "The class of every frame under `task` (.tone, .phone, .sex).") { receiver, arguments, context in
                try guarded(arguments) { _ in
                    let name = try task(try arguments.value("task"), context, arguments.signature.selector).name
                    return .array(try result(receiver, Embeddings.self).labels(of: name).map(Value.string))
                }
            }
            type.method(
                "profile(measure: Measure = .svcca, keep: Double = 0.99) -> LayerProfile",
                doc: "The measure of every layer against every task; `.probe` trains speaker-held-out linear probes."
            ) { receiver, arguments, context in
                try guarded(arguments) { a in
                    let embeddings = try result(receiver, Embeddings.self)
                    let tasks = zip(embeddings.tasks, embeddings.labels).map { (name: $0, labels: $1) }
                    return try layerProfile(
                        try AnalysisArguments.layers(of: embeddings), tasks, groups: embeddings.speakers, a, context)
                }
            }
            type.method("save(_ directory: String)", doc: "Writes layer_<l>.npy for every layer and metadata.csv into `directory`.") { receiver, arguments, _ in
                try write(arguments) { try result(receiver, Embeddings.self).writeNPY(to: URL(fileURLWithPath: $0)) }
            }
            type.method("saveSafetensors(_ path: String)", doc: "Writes every layer into one safetensors file, metadata included.") { receiver, arguments, _ in
                try write(arguments) { try result(receiver, Embeddings.self).writeSafetensors(to: URL(fileURLWithPath: $0)) }
            }
        }
    }

    /// `$XDG_CACHE_HOME/formant/embeddings`, or `~/.cache/formant/embeddings`.
    private static var cacheDirectory: URL {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        return base.appendingPathComponent("formant/embeddings")
    }

    /// A task value, resolving implicit members such as `.tone` against the `Task` type.
    private static func task(_ value: Value, _ context: ScriptContext, _ function: String) throws -> LabelTask {
        var resolved = value
        if case .symbol(let member) = value { resolved = try context.registry.resolve(member: member, ofType: "Task") }
        guard let task = resolved.native(as: LabelTask.self) else {
            throw ScriptError.argumentType(function: function, parameter: "tasks", expected: "Task (.tone, .phone, .sex)", actual: resolved.typeName)
        }
        return task
    }

    private static func write(_ arguments: BoundArguments, _ body: (String) throws -> Void) throws -> Value {
        let path = try arguments.string(arguments.signature.parameters[0].name)
        do { try body(path) } catch {
            throw ScriptError.library(kind: "IOError", message: "\(arguments.signature.selector): cannot write '\(path)': \(error)")
        }
        return .void
    }
}
