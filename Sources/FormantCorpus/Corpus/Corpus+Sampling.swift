import FormantCore
/// One frame picked from a corpus: which utterance, which frame, which class.
public struct FrameSample: Equatable, Sendable {
    /// Index of the utterance in the corpus.
    public let utterance: Int
    /// Frame index on the frame grid.
    public let frame: Int
    /// The class index in the task's inventory.
    public let classIndex: Int

    /// A sample of frame `frame` of utterance `utterance`, of class `classIndex`.
    public init(utterance: Int, frame: Int, classIndex: Int) {
        self.utterance = utterance
        self.frame = frame
        self.classIndex = classIndex
    }
}

extension Corpus {
    /// Class-balanced frames: up to `perClass` frames of each class of `task`, drawn without replacement
    /// (seeded), sorted by utterance then frame so embeddings can be extracted in one pass.
    public func balancedFrames(
        task: LabelTask, perClass: Int, seed: UInt64, grid: FrameGrid = .wav2vec2, context: OperationContext = .silent
    ) throws -> [FrameSample] {
        guard perClass > 0 else { throw CorpusError.invalidParameter(name: "perClass", reason: "\(perClass) must be positive") }
        var byClass = [[FrameSample]](repeating: [], count: try inventory(for: task, context: context).count)
        for (index, utterance) in utterances.enumerated() {
            try context.step("labelling \(task.name) frames", completed: index, total: count)
            for (frame, label) in try labels(of: utterance, task: task, grid: grid).classIndices.enumerated() {
                if let label { byClass[label].append(FrameSample(utterance: index, frame: frame, classIndex: label)) }
            }
        }
        var generator = SeededGenerator(seed: seed)
        let picked = byClass.flatMap { frames in frames.shuffled(using: &generator).prefix(perClass) }
        return picked.sorted { ($0.utterance, $0.frame) < ($1.utterance, $1.frame) }
    }
}
