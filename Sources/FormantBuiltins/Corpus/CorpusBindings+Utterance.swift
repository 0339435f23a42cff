import FormantCorpus
import FormantScript

extension CorpusBindings {
    static func registerUtterance(into registry: Registry) {
        registry.type("Utterance", doc: "One recording of a corpus: id, speaker, transcript, audio (read on demand) and alignment tiers.") { type in
            type.property("id", type: "String", doc: "The utterance id (BAC009S0002W0122).") { .string(try receiver($0, Utterance.self).id) }
            type.property("speaker", type: "String", doc: "The speaker id (S0002).") { .string(try receiver($0, Utterance.self).speaker.id) }
            type.property("sex", type: "Sex", doc: "The speaker's sex (.female or .male).") { .native(try receiver($0, Utterance.self).speaker.sex) }
            type.property("split", type: "Split?", doc: "The corpus partition (.train, .dev, .test), if any.") {
                try receiver($0, Utterance.self).split.map { .native($0) } ?? .null
            }
            type.property("transcript", type: "String", doc: "The transcript line's words.") { .string(try receiver($0, Utterance.self).transcript) }
            type.property("duration", type: "Double", doc: "The length in seconds (from the WAV header).") { .double(try receiver($0, Utterance.self).duration()) }
            type.property("audio", type: "Audio", doc: "The recording as 16 kHz mono, read from disk.") { .native(try receiver($0, Utterance.self).audio()) }
            type.property("path", type: "String", doc: "The WAV file's path.") { .string(try receiver($0, Utterance.self).audioPath) }
            type.property(
                "tiers", type: "[String: [(start: Double, end: Double, label: String)]]",
                doc: "The alignment's tiers by name: intervals (points have start == end); empty without alignment."
            ) { receiverValue in
                let grid = try receiver(receiverValue, Utterance.self).alignment()
                return .dictionary(.init(uniqueKeysWithValues: (grid?.tiers ?? []).map { tier in
                    let items = tier.intervals.map { interval(start: $0.xmin, end: $0.xmax, label: $0.text) }
                        + tier.points.map { interval(start: $0.time, end: $0.time, label: $0.mark) }
                    return (Value.string(tier.name), Value.array(items))
                }))
            }
            type.method(
                "labels(_ task: Task) -> [String?]",
                doc: "Per frame of wav2vec 2.0's grid (frame t centred at (320t + 200)/16000 s), the task's class name, or nil where ignored."
            ) { receiverValue, arguments, _ in
                let names = try receiver(receiverValue, Utterance.self).frameClassNames(try arguments.native("task", as: LabelTask.self))
                return .array(names.map { $0.map(Value.string) ?? .null })
            }
            type.method("play() -> AudioPlayer", doc: "An audio player showing in the notebook, captioned with id, speaker and transcript.") { receiverValue, _, _ in
                .native(try receiver(receiverValue, Utterance.self).player())
            }
        }
    }

    private static func interval(start: Double, end: Double, label: String) -> Value {
        .tuple([.double(start), .double(end), .string(label)], labels: ["start", "end", "label"])
    }
}
