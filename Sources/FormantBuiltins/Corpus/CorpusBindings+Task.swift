import FormantCorpus
import FormantScript

extension CorpusBindings {
    static func registerTask(into registry: Registry) {
        registry.type("Task", doc: "A framewise labelling task: what class each 20 ms frame has, or whether it is ignored.") { type in
            type.staticProperty(
                "tone", type: "Task",
                doc: """
                    Tone of the phone at each frame: T1–T4 and neutral, from pinyin digits (ang4) or Chao tone letters \
                    (a˥˩) through the standard tone table; toneless phones and silence ignored. \
                    `Task.tone(toneLetters:digits:)` changes the table.
                    """
            ) {
                .native(LabelTask.tone())
            }
            type.staticMethod(
                "tone(\(toneTableParameters)) -> Task",
                doc: "The tone task with its own tone table: `Task.tone(toneLetters: [\"˥˥\": 1, \"˧˥\": 2], digits: [\"0\": 5])`. " + toneTableDoc
            ) { arguments, _ in
                .native(LabelTask.tone(tier: try arguments.string("tier", default: "phones") ?? "phones", table: try toneTable(arguments)))
            }
            type.staticProperty(
                "phone", type: "Task",
                doc: "The phone at each frame without its tone; silence ignored; classes collected from the corpus. `Task.phone(toneLetters:digits:)` changes the tone table."
            ) {
                .native(LabelTask.phone())
            }
            type.staticMethod(
                "phone(\(toneTableParameters)) -> Task",
                doc: "The phone task stripping the tone markings of its own tone table: `Task.phone(toneLetters: [\"˥˥˥\": 1])`. " + toneTableDoc
            ) { arguments, _ in
                .native(LabelTask.phone(tier: try arguments.string("tier", default: "phones") ?? "phones", table: try toneTable(arguments)))
            }
            type.staticProperty("sex", type: "Task", doc: "The speaker's sex (F, M) on every speech frame; silence ignored.") {
                .native(LabelTask.sex())
            }
            type.staticMethod(
                "tier(_ name: String, task: String? = nil, silence: [String]? = nil, _ map: Function? = nil) -> Task",
                doc: """
                    A task from any tier: each frame takes the label of the interval at its centre; labels in `silence` \
                    (default: "", sil, sp, spn, …) are ignored; the closure maps a label to a class name or nil (ignore): \
                    `Task.tier("phones") { $0.hasPrefix("zh") ? "retroflex" : "other" }`.
                    """
            ) { arguments, context in
                let tier = try arguments.string("name")
                let silence = arguments.has("silence") ? Set(try arguments.array("silence").map { $0.stringValue ?? $0.description }) : LabelTask.defaultSilence
                let name = try arguments.string("task", default: tier) ?? tier
                guard arguments.has("map") else { return .native(LabelTask.tier(tier, name: name, silence: silence)) }
                let map = try arguments.function("map")
                return .native(LabelTask.tier(tier, name: name, silence: silence) { label in
                    switch try map.call([.string(label)], in: context) {
                    case .null: return nil
                    case .string(let text): return text
                    case let other: return other.description
                    }
                })
            }
            type.property("name", type: "String", doc: "The task's name.") { .string(try receiver($0, LabelTask.self).name) }
            type.property("tier", type: "String?", doc: "The tier frames are labelled from.") { try receiver($0, LabelTask.self).tier.map(Value.string) ?? .null }
            type.property("classes", type: "[String]?", doc: "The fixed class names, or nil when they are collected from the corpus.") {
                try receiver($0, LabelTask.self).classes.map { .array($0.map(Value.string)) } ?? .null
            }
        }
    }

    static func registerVocabulary(into registry: Registry) {
        registry.type("Sex", doc: "A speaker's sex: .female or .male.") { type in
            type.staticProperty("female", type: "Sex", doc: "Female (F).") { .native(Sex.female) }
            type.staticProperty("male", type: "Sex", doc: "Male (M).") { .native(Sex.male) }
            type.property("code", type: "String", doc: "F or M.") { .string(try receiver($0, Sex.self).rawValue) }
        }
        registry.type("Split", doc: "A corpus partition: .train, .dev or .test.") { type in
            for split in CorpusSplit.allCases {
                type.staticProperty(split.rawValue, type: "Split", doc: "The \(split.rawValue) partition.") { .native(split) }
            }
            type.property("name", type: "String", doc: "train, dev or test.") { .string(try receiver($0, CorpusSplit.self).rawValue) }
        }
        registry.type("Speaker", doc: "A corpus speaker: id and sex.") { type in
            type.property("id", type: "String", doc: "The speaker id (S0002).") { .string(try receiver($0, Speaker.self).id) }
            type.property("sex", type: "Sex", doc: "The speaker's sex.") { .native(try receiver($0, Speaker.self).sex) }
        }
        registry.type("LoadReport", doc: "What loading a corpus kept and skipped.") { type in
            type.property("loaded", type: "Int", doc: "Utterances loaded.") { .int(try receiver($0, LoadReport.self).loaded) }
            type.property("skipped", type: "[(path: String, reason: String)]", doc: "Every skipped file and why.") {
                .array(try receiver($0, LoadReport.self).skipped.map { .tuple([.string($0.path), .string($0.reason)], labels: ["path", "reason"]) })
            }
        }
    }
}
