import Foundation
import FormantCore
import FormantCorpus
import FormantModel
import FormantNumerics

extension Embeddings {
    /// Runs `model` over the utterances of `corpus` that hold selected frames and keeps hidden states
    /// `layers` of the frames labelled for every task in `tasks` (then balanced and capped by `selection`).
    ///
    /// With a `cache` directory, the result is stored under a key made of the model (origin and
    /// configuration), the corpus (name and utterance ids), the layers, tasks, selection and precision,
    /// and a later call with the same key loads it instead of running the model.
    public static func extract(
        model: Wav2Vec2Model, corpus: Corpus, layers: [Int], tasks: [LabelTask], selection: FrameSelection = FrameSelection(),
        precision: Precision = .float32, cache: URL? = nil, context: OperationContext = .silent
    ) throws -> Embeddings {
        let measure = "embeddings"
        guard !layers.isEmpty else {
            throw AnalysisError.invalidParameter(measure: measure, name: "layers", value: "[]", expected: "at least one layer in 0...\(model.layerCount)")
        }
        if let bad = layers.first(where: { $0 < 0 || $0 > model.layerCount }) {
            throw AnalysisError.invalidParameter(measure: measure, name: "layers", value: "\(bad)", expected: "in 0...\(model.layerCount)")
        }
        guard !tasks.isEmpty else {
            throw AnalysisError.invalidParameter(measure: measure, name: "tasks", value: "[]", expected: "at least one task")
        }
        if let balance = selection.balanceBy, !tasks.contains(where: { $0.name == balance }) {
            throw AnalysisError.invalidParameter(measure: measure, name: "balanceBy", value: "'\(balance)'", expected: "one of the tasks \(tasks.map(\.name))")
        }
        let wanted = Array(Set(layers)).sorted()
        let key = provenance(model: model, corpus: corpus, layers: wanted, tasks: tasks, selection: selection, precision: precision)
        let cache = tasks.allSatisfy { $0.identity != nil } ? cache : nil  // a closure's labels cannot be recognised again
        if let cache, let cached = try EmbeddingCache.load(key: key, from: cache, precision: precision) { return cached }
        let result = try compute(model: model, corpus: corpus, layers: wanted, tasks: tasks, selection: selection,
                                 precision: precision, provenance: key, context: context)
        if let cache { try EmbeddingCache.store(result, in: cache) }
        return result
    }

    private static func compute(
        model: Wav2Vec2Model, corpus: Corpus, layers: [Int], tasks: [LabelTask], selection: FrameSelection,
        precision: Precision, provenance: String, context: OperationContext
    ) throws -> Embeddings {
        let grid = try FrameGrid(
            layers: zip(model.configuration.convKernel, model.configuration.convStride).map { FrameGrid.Layer(kernel: $0, stride: $1) },
            sampleRate: model.preprocessing.samplingRate)
        var candidates: [FrameLocation] = []
        var candidateLabels: [[String]] = []
        for (index, utterance) in corpus.utterances.enumerated() {
            let perTask = try tasks.map { try corpus.labels(of: utterance, task: $0, grid: grid).names }
            let frameCount = perTask.map(\.count).min() ?? 0
            for frame in 0..<frameCount {
                let names = perTask.compactMap { $0[frame] }
                guard names.count == tasks.count else { continue }
                candidates.append(FrameLocation(utterance: index, frame: frame))
                candidateLabels.append(names)
            }
            try context.step("labelling frames", completed: index + 1, total: corpus.count)
        }
        let balanceTask = selection.balanceBy.flatMap { name in tasks.firstIndex { $0.name == name } }
        let picked = selection.pick(candidates) { index in balanceTask.map { candidateLabels[index][$0] } ?? "" }
        guard !picked.isEmpty else {
            throw AnalysisError.empty(measure: "embeddings", input: "\(corpus.name) frames labelled for \(tasks.map(\.name))", rows: 0, columns: model.width)
        }
        let labelOf = Dictionary(uniqueKeysWithValues: zip(candidates.map { "\($0.utterance):\($0.frame)" }, candidateLabels))
        var values = [[Float]](repeating: [], count: layers.count)
        var frames: [Frame] = [], labels = [[String]](repeating: [], count: tasks.count)
        let byUtterance = Dictionary(grouping: picked, by: { (location: FrameLocation) in location.utterance })
        for (step, utteranceIndex) in byUtterance.keys.sorted().enumerated() {
            let utterance = corpus.utterances[utteranceIndex]
            var audio = try utterance.audio()
            if audio.sampleRate != model.preprocessing.samplingRate { audio = try audio.resampled(to: model.preprocessing.samplingRate) }
            let states = try model.hiddenStates(audio.samples, layers: layers)
            for location in byUtterance[utteranceIndex]! where location.frame < states.frameCount {
                for (position, state) in states.states.enumerated() {
                    values[position].append(contentsOf: state.storage[(location.frame * model.width)..<((location.frame + 1) * model.width)])
                }
                frames.append(Frame(
                    utterance: utterance.id, speaker: utterance.speaker.id, sex: utterance.speaker.sex.rawValue,
                    index: location.frame, time: grid.centre(ofFrame: location.frame)))
                let names = labelOf["\(location.utterance):\(location.frame)"]!
                for task in tasks.indices { labels[task].append(names[task]) }
            }
            try context.step("running the model", completed: step + 1, total: byUtterance.count)
        }
        return Embeddings(
            layers: layers, width: model.width, precision: precision, frames: frames, tasks: tasks.map(\.name),
            labels: labels, provenance: provenance, values: values.map { LayerValues($0, precision: precision) })
    }

    /// The text that identifies a extraction: model, corpus, layers, tasks, selection, precision.
    static func provenance(
        model: Wav2Vec2Model, corpus: Corpus, layers: [Int], tasks: [LabelTask], selection: FrameSelection, precision: Precision
    ) -> String {
        let origin: String
        switch model.origin {
        case .checkpoint(let directory, let files): origin = "checkpoint \(directory) \(files.joined(separator: ","))"
        case .random(let seed): origin = "random seed \(seed)"
        }
        let utterances = corpus.utterances.map(\.id).joined(separator: ",")
        return "model: \(model.architectureName) \(origin) layers=\(model.layerCount) width=\(model.width)\n"
            + "corpus: \(corpus.name) \(corpus.count) utterances, ids hash \(EmbeddingCache.hash(utterances))\n"
            + "layers: \(layers)\ntasks: \(tasks.map { "\($0.name): \($0.identity ?? "closure")" })\nselection: \(selection)\nprecision: \(precision.rawValue)"
    }
}
