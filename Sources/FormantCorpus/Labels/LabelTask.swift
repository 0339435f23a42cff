/// A framewise classification task: how a frame of an utterance gets a class or is ignored.
///
/// A frame takes the label of the `tier` interval at its centre; labels in `silence` (and frames
/// outside every interval) are ignored; the rest go through `classify`, which returns the class name
/// or `nil` (ignore). Speaker-level tasks (sex) may use the tier only to ignore silence, or no tier.
/// `classes` fixes the inventory; when `nil` it is collected from the corpus.
public struct LabelTask: @unchecked Sendable {
    /// The task's name (`tone`, `phone`, `sex`, or a custom one).
    public let name: String
    /// The tier frames are labelled from, or `nil` when every frame is labelled without an alignment.
    public let tier: String?
    /// The fixed class inventory, or `nil` to collect it from the corpus.
    public let classes: [String]?
    /// Labels that mean silence or noise, ignored.
    public let silence: Set<String>
    /// The class of a frame from its tier label and speaker, or `nil` to ignore the frame.
    public let classify: (_ label: String, _ speaker: Speaker) throws -> String?
    /// The table tones are read with (tone and phone tasks), or `nil` when the task reads no tones.
    public let toneTable: ToneTable?
    /// Text that determines every label the task gives (its kind, tier, silence labels and tone table),
    /// or `nil` when a caller's closure decides the classes: such labels cannot be recognised again,
    /// so caches keyed by a task (embeddings) never store them.
    public let identity: String?

    /// Labels aligners use for silence, pauses and noise: "", `sil`, `sp`, `spn`, `SIL`, `<eps>`, `<sil>`, `<unk>`, `noise`.
    public static let defaultSilence: Set<String> = ["", "sil", "sp", "spn", "SIL", "SP", "<eps>", "<sil>", "<unk>", "noise"]

    /// A task with every part given.
    public init(
        name: String, tier: String?, classes: [String]?, silence: Set<String> = LabelTask.defaultSilence,
        toneTable: ToneTable? = nil, identity: String? = nil,
        classify: @escaping (_ label: String, _ speaker: Speaker) throws -> String?
    ) {
        self.name = name
        self.tier = tier
        self.classes = classes
        self.silence = silence
        self.toneTable = toneTable
        self.identity = identity
        self.classify = classify
    }

    /// The identity of a built-in task: `kind` with every input its labels depend on.
    private static func identity(_ kind: String, tier: String?, silence: Set<String>, table: ToneTable?) -> String {
        "\(kind)@\(tier ?? "-") silence=\(silence.sorted()) table=\(table?.fingerprint ?? "-")"
    }

    /// Tone classes T1–T4 and neutral from the tone marking of the phone at each frame; toneless phones ignored.
    public static func tone(tier: String = "phones", table: ToneTable = .standard) -> LabelTask {
        LabelTask(name: "tone", tier: tier, classes: Tone.allCases.map(\.className), toneTable: table,
                  identity: identity("tone", tier: tier, silence: defaultSilence, table: table)) { label, _ in
            table.tone(of: label)?.className
        }
    }

    /// Phone classes: the phone label without its tone marking; inventory collected from the corpus.
    public static func phone(tier: String = "phones", table: ToneTable = .standard) -> LabelTask {
        LabelTask(name: "phone", tier: tier, classes: nil, toneTable: table,
                  identity: identity("phone", tier: tier, silence: defaultSilence, table: table)) { label, _ in table.split(label).base }
    }

    /// The speaker's sex (`F`, `M`) on every speech frame; with `tier: nil`, on every frame.
    public static func sex(tier: String? = "phones") -> LabelTask {
        LabelTask(name: "sex", tier: tier, classes: Sex.allCases.map(\.rawValue),
                  identity: identity("sex", tier: tier, silence: defaultSilence, table: nil)) { _, speaker in speaker.sex.rawValue }
    }

    /// A task from any tier: each frame's class is its label; inventory collected from the corpus.
    public static func tier(_ tier: String, name: String? = nil, silence: Set<String> = LabelTask.defaultSilence) -> LabelTask {
        LabelTask(name: name ?? tier, tier: tier, classes: nil, silence: silence,
                  identity: identity("tier", tier: tier, silence: silence, table: nil)) { label, _ in label }
    }

    /// A task from any tier: `map` turns a label into a class name or `nil`; inventory collected from
    /// the corpus. The closure makes the task unidentifiable (`identity` is nil).
    public static func tier(
        _ tier: String, name: String? = nil, silence: Set<String> = LabelTask.defaultSilence,
        map: @escaping (String) throws -> String?
    ) -> LabelTask {
        LabelTask(name: name ?? tier, tier: tier, classes: nil, silence: silence) { label, _ in try map(label) }
    }

    /// The classes of frames centred at `times`, from `alignment` (required when the task has a tier).
    func classNames(at times: [Double], alignment: TextGrid?, speaker: Speaker, utterance: String) throws -> [String?] {
        guard let tierName = tier else { return try times.map { _ in try classify("", speaker) } }
        guard let alignment else { throw CorpusError.noAlignment(utterance: utterance) }
        guard let tier = alignment.tier(named: tierName) else {
            throw CorpusError.missingTier(utterance: utterance, tier: tierName, available: alignment.tiers.map(\.name))
        }
        return try times.map { time in
            guard let label = tier.interval(at: time)?.text, !silence.contains(label) else { return nil }
            return try classify(label, speaker)
        }
    }

    /// Every class the task gives anywhere in `alignment`, whether or not a frame centre falls in it.
    func classNames(in alignment: TextGrid?, speaker: Speaker, utterance: String) throws -> Set<String> {
        guard let tierName = tier else { return Set([try classify("", speaker)].compactMap { $0 }) }
        guard let alignment else { throw CorpusError.noAlignment(utterance: utterance) }
        guard let tier = alignment.tier(named: tierName) else {
            throw CorpusError.missingTier(utterance: utterance, tier: tierName, available: alignment.tiers.map(\.name))
        }
        return Set(try tier.intervals.compactMap { silence.contains($0.text) ? nil : try classify($0.text, speaker) })
    }
}

extension LabelTask: CustomStringConvertible {
    /// `Task tone (tier phones)`.
    public var description: String { "Task \(name)" + (tier.map { " (tier \($0))" } ?? "") }
}
