/// Which labelled frames `Embeddings.extract` keeps: every frame labelled for all tasks, optionally
/// class-balanced on one task and capped, always drawn with a seed and in corpus order.
public struct FrameSelection: Sendable, Equatable, CustomStringConvertible {
    /// The task whose classes are balanced (`"tone"`), or nil for no balancing.
    public var balanceBy: String?
    /// With `balanceBy`, at most this many frames of each class.
    public var perClass: Int
    /// At most this many frames in all (a seeded random subset), or nil for no cap.
    public var maxFrames: Int?
    /// The seed of every random draw.
    public var seed: UInt64

    /// A selection; the defaults keep every labelled frame.
    public init(balanceBy: String? = nil, perClass: Int = 1000, maxFrames: Int? = nil, seed: UInt64 = 0) {
        self.balanceBy = balanceBy
        self.perClass = perClass
        self.maxFrames = maxFrames
        self.seed = seed
    }

    /// Picks from `candidates` (corpus order), whose class under `balanceBy` is `balanceClass(i)`.
    func pick(_ candidates: [FrameLocation], balanceClass: (Int) -> String) -> [FrameLocation] {
        var random = SeededRandom(seed: seed)
        var chosen = Array(candidates.indices)
        if balanceBy != nil {
            var byClass: [String: [Int]] = [:]
            for index in chosen { byClass[balanceClass(index), default: []].append(index) }
            chosen = byClass.keys.sorted().flatMap { key in Array(byClass[key]!.shuffled(using: &random).prefix(perClass)) }
        }
        if let maxFrames, chosen.count > maxFrames { chosen = Array(chosen.shuffled(using: &random).prefix(maxFrames)) }
        return chosen.sorted().map { candidates[$0] }
    }

    public var description: String {
        "balance=\(balanceBy ?? "-"),perClass=\(perClass),max=\(maxFrames.map(String.init) ?? "-"),seed=\(seed)"
    }
}

/// A frame of an utterance of the corpus.
struct FrameLocation: Equatable, Sendable {
    /// The utterance's index in the corpus.
    let utterance: Int
    /// The frame index on the model's frame grid.
    let frame: Int
}
