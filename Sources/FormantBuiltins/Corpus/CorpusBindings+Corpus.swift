import Foundation
import FormantCorpus
import FormantScript

extension CorpusBindings {
    static func registerCorpus(into registry: Registry) {
        registry.type("Corpus", doc: "Utterances with speakers, transcripts and forced alignments, labelled frame by frame for tasks.") { type in
            type.staticMethod(
                "aishell(_ path: String, alignments: String? = nil, split: Split? = nil, strict: Bool = false, verify: Bool = false) -> Corpus",
                doc: """
                    Indexes AISHELL-1 (data_aishell/wav/{train,dev,test}/SXXXX/*.wav, data_aishell/transcript/\
                    aishell_transcript_v0.8.txt, resource_aishell/speaker.info) at `path`; `alignments` is a directory of \
                    <utterance id>.TextGrid files (flat or per speaker). Audio is read lazily. Bad files are skipped and \
                    listed in corpus.report; `strict` fails instead; `verify` reads every WAV header and TextGrid now.
                    """
            ) { arguments, context in
                let splits = arguments.has("split") ? [try split(arguments)] : CorpusSplit.allCases
                let options = LoadOptions(strict: try arguments.bool("strict", default: false), verify: try arguments.bool("verify", default: false))
                return .native(try Corpus.aishell(
                    path: try arguments.string("path"), alignments: try arguments.string("alignments", default: nil),
                    splits: splits, options: options, context: context.operation("Indexing corpus")))
            }
            type.staticMethod(
                "synthetic(speakers: Int = 20, utterancesPerSpeaker: Int = 20, seed: Int = 1, directory: String? = nil, duration: Double = 3, snr: Double? = 30) -> Corpus",
                doc: """
                    Synthesises a perfectly labelled Mandarin corpus (Klatt-style source-filter synthesis: four tones and \
                    neutral tone, initials and finals, female and male speakers) in the AISHELL-1 layout with TextGrids, \
                    and loads it. Same seed, same corpus. Written to `directory` (default: a folder in the temporary \
                    directory named after the settings); `snr` is the background noise level in dB (nil: none).
                    """
            ) { arguments, context in
                let options = SyntheticCorpusOptions(
                    speakers: try arguments.int("speakers", default: 20),
                    utterancesPerSpeaker: try arguments.int("utterancesPerSpeaker", default: 20),
                    seed: UInt64(truncatingIfNeeded: try arguments.int("seed", default: 1)),
                    utteranceDuration: try arguments.double("duration", default: 3),
                    snr: arguments.has("snr") ? try arguments.double("snr") : (arguments["snr"] == nil ? 30 : nil))
                let fallback = FileManager.default.temporaryDirectory.appendingPathComponent(
                    "formant-synthetic-\(options.speakers)x\(options.utterancesPerSpeaker)-seed\(options.seed)").path
                let directory = try arguments.string("directory", default: fallback) ?? fallback
                return .native(try Corpus.synthetic(options, directory: directory, context: context.operation("Synthesising corpus")))
            }
            type.property("name", type: "String", doc: "The corpus name.") { .string(try receiver($0, Corpus.self).name) }
            type.property("count", type: "Int", doc: "The number of utterances.") { .int(try receiver($0, Corpus.self).count) }
            type.property("utterances", type: "[Utterance]", doc: "The utterances (index them: corpus.utterances[0]).") {
                .array(try receiver($0, Corpus.self).utterances.map { .native($0) })
            }
            type.property("speakers", type: "[Speaker]", doc: "The distinct speakers, sorted by id.") {
                .array(try receiver($0, Corpus.self).speakers.map { .native($0) })
            }
            type.property("report", type: "LoadReport", doc: "What loading kept and every file it skipped, with the reason.") {
                .native(try receiver($0, Corpus.self).report)
            }
            type.property("hours", type: "Double", doc: "The total duration in hours (reads every WAV header).") {
                .double(try receiver($0, Corpus.self).hours())
            }
            type.method("utterance(_ index: Int) -> Utterance", doc: "The utterance at `index` (0-based).") { receiverValue, arguments, _ in
                .native(try receiver(receiverValue, Corpus.self).utterance(try arguments.int("index")))
            }
            type.method(
                "split(_ split: Split, seed: Int? = nil, dev: Double = 0.1, test: Double = 0.1) -> Corpus",
                doc: """
                    A partition: without `seed`, the corpus's own (AISHELL-1's train/dev/test); with `seed`, a random \
                    speaker-disjoint one drawn per sex with `dev` and `test` fractions of speakers (same seed, same partition).
                    """
            ) { receiverValue, arguments, _ in
                let corpus = try receiver(receiverValue, Corpus.self)
                let part = try split(arguments)
                guard arguments.has("seed") else { return .native(corpus.split(part)) }
                let parts = try corpus.randomSplits(
                    dev: try arguments.double("dev", default: 0.1), test: try arguments.double("test", default: 0.1),
                    seed: UInt64(truncatingIfNeeded: try arguments.int("seed")))
                return .native(parts[part] ?? corpus.filter { _ in false })
            }
            type.method(
                "filter(speakers: [String]? = nil, sex: Sex? = nil, minDuration: Double = 0, maxDuration: Double? = nil, _ isIncluded: Function? = nil) -> Corpus",
                doc: """
                    The utterances of the given speakers, of one sex, lasting minDuration…maxDuration seconds, and for which \
                    the closure (given an utterance) returns true: `corpus.filter { $0.duration < 4 }`. Subsets keep the \
                    corpus's class inventories.
                    """
            ) { receiverValue, arguments, context in
                var corpus = try receiver(receiverValue, Corpus.self)
                if arguments.has("speakers") {
                    corpus = corpus.filter(speakers: Set(try arguments.array("speakers").map { $0.stringValue ?? $0.description }))
                }
                if arguments.has("sex") { corpus = corpus.filter(sex: try sex(arguments)) }
                if arguments.has("minDuration") || arguments.has("maxDuration") {
                    corpus = try corpus.filter(
                        minimumDuration: try arguments.double("minDuration", default: 0),
                        maximumDuration: try arguments.double("maxDuration", default: .infinity))
                }
                if arguments.has("isIncluded") {
                    let predicate = try arguments.function("isIncluded")
                    corpus = try corpus.filter { utterance in
                        let result = try predicate.call([.native(utterance)], in: context)
                        guard let keep = result.boolValue else {
                            throw ScriptError.invalidArgument(function: arguments.signature.selector, message: "the closure must return a Bool, got \(result.typeName)")
                        }
                        return keep
                    }
                }
                return .native(corpus)
            }
            type.method("inventory(_ task: Task) -> [String]", doc: "The task's class names; class index i is the i-th name, the same for every subset.") { receiverValue, arguments, context in
                let task = try arguments.native("task", as: LabelTask.self)
                return .array(try receiver(receiverValue, Corpus.self).inventory(for: task, context: context.operation("Collecting classes")).names.map(Value.string))
            }
            type.method("classCounts(_ task: Task) -> [String: Int]", doc: "Frames per class of the task over the corpus.") { receiverValue, arguments, context in
                let corpus = try receiver(receiverValue, Corpus.self)
                let task = try arguments.native("task", as: LabelTask.self)
                let counts = try corpus.classCounts(task: task, context: context.operation("Counting frames"))
                let names = try corpus.inventory(for: task).names
                return .dictionary(.init(uniqueKeysWithValues: zip(names, counts).map { (Value.string($0), Value.int($1)) }))
            }
            type.method(
                "labels(_ utterance: Utterance, task: Task) -> [Int?]",
                doc: "Per frame (20 ms, wav2vec 2.0's grid), the class index in inventory(task), or nil for ignored frames."
            ) { receiverValue, arguments, _ in
                let labels = try receiver(receiverValue, Corpus.self).labels(
                    of: try arguments.native("utterance", as: Utterance.self), task: try arguments.native("task", as: LabelTask.self))
                return .array(labels.classIndices.map { $0.map(Value.int) ?? .null })
            }
            type.method(
                "balancedFrames(_ task: Task, perClass: Int, seed: Int = 0) -> [(utterance: Int, frame: Int, label: String)]",
                doc: "Up to `perClass` frames of every class, drawn without replacement (seeded), sorted by utterance and frame."
            ) { receiverValue, arguments, context in
                let corpus = try receiver(receiverValue, Corpus.self)
                let task = try arguments.native("task", as: LabelTask.self)
                let samples = try corpus.balancedFrames(
                    task: task, perClass: try arguments.int("perClass"), seed: UInt64(truncatingIfNeeded: try arguments.int("seed", default: 0)),
                    context: context.operation("Sampling frames"))
                let names = try corpus.inventory(for: task).names
                return .array(samples.map {
                    .tuple([.int($0.utterance), .int($0.frame), .string(names[$0.classIndex])], labels: ["utterance", "frame", "label"])
                })
            }
        }
    }

    /// The `split` argument: `.train`, `.dev`, `.test` or their names.
    static func split(_ arguments: BoundArguments) throws -> CorpusSplit {
        try choice(arguments, "split", CorpusSplit.self, parse: CorpusSplit.init(rawValue:), known: CorpusSplit.allCases.map(\.rawValue))
    }

    /// The `sex` argument: `.female`, `.male`, `"F"` or `"M"`.
    static func sex(_ arguments: BoundArguments) throws -> Sex {
        try choice(arguments, "sex", Sex.self, parse: Sex.init(code:), known: ["female", "male"])
    }
}
