// Benchmarks of FormantCorpus: synthetic corpus generation, AISHELL-1-scale indexing, labelling, resampling.
// Built and run (release) by corpus_bench.sh; corpus_bench.py adds the Python reference timings.
// Prints Markdown table rows: | benchmark | Formant | reference | reference / Formant | target |.
// Environment: FORMANT_BENCH_AISHELL_TREE, an existing AISHELL-shaped tree to index (else one is generated);
// FORMANT_BENCH_REF_INDEX and FORMANT_BENCH_REF_RESAMPLE, reference seconds to print beside Formant's.
import Foundation
import FormantCorpus

/// Wall-clock and process CPU seconds of `body` (CPU time stays meaningful on a loaded machine).
func seconds(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    let start = Date()
    let cpuStart = clock()
    try body()
    return (Date().timeIntervalSince(start), Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC))
}

func row(_ name: String, _ time: (wall: Double, cpu: Double), reference: String? = nil, target: String = "-") {
    let formant = String(format: "%.2f s (%.2f s CPU)", time.wall, time.cpu)
    let environment = ProcessInfo.processInfo.environment
    let referenceSeconds = reference.flatMap { environment[$0] }.flatMap(Double.init)
    let referenceCell = referenceSeconds.map { String(format: "%.2f s", $0) } ?? "-"
    let ratio = referenceSeconds.map { String(format: "%.1f×", $0 / time.wall) } ?? "-"
    print("| \(name) | \(formant) | \(referenceCell) | \(ratio) | \(target) |")
}

/// Writes a tree shaped like AISHELL-1 (400 speakers × 354 empty WAVs and TextGrids = 141,600 utterances).
func makeAishellTree(at tree: String) throws {
    var transcript = ""
    var info = ""
    for speaker in 1...400 {
        let id = String(format: "S%04d", speaker)
        let split = speaker <= 340 ? "train" : speaker <= 380 ? "dev" : "test"
        info += "\(id.dropFirst()) \(speaker % 3 == 0 ? "M" : "F")\n"
        let wavDirectory = "\(tree)/data_aishell/wav/\(split)/\(id)"
        let gridDirectory = "\(tree)/alignments/\(id)"
        try FileManager.default.createDirectory(atPath: wavDirectory, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: gridDirectory, withIntermediateDirectories: true)
        for number in 1...354 {
            let utterance = "BAC009\(id)W\(String(format: "%04d", number))"
            _ = FileManager.default.createFile(atPath: "\(wavDirectory)/\(utterance).wav", contents: nil)
            _ = FileManager.default.createFile(atPath: "\(gridDirectory)/\(utterance).TextGrid", contents: nil)
            transcript += "\(utterance) 而 对 楼市 成交 抑制 作用 最 大 的 限 购\n"
        }
    }
    try FileManager.default.createDirectory(atPath: "\(tree)/data_aishell/transcript", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: "\(tree)/resource_aishell", withIntermediateDirectories: true)
    try transcript.write(toFile: "\(tree)/data_aishell/transcript/aishell_transcript_v0.8.txt", atomically: true, encoding: .utf8)
    try info.write(toFile: "\(tree)/resource_aishell/speaker.info", atomically: true, encoding: .utf8)
}

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("formant-corpus-bench-\(getpid())").path
defer { try? FileManager.default.removeItem(atPath: scratch) }

// 1. Synthetic corpus: 20 speakers × 20 utterances of ~3 s, written in the AISHELL-1 layout and loaded.
var synthetic: Corpus?
let synthesis = try seconds {
    synthetic = try Corpus.synthetic(SyntheticCorpusOptions(speakers: 20, utterancesPerSpeaker: 20, seed: 7), directory: scratch + "/synthetic")
}
row("synthesise 20 speakers × 20 utterances × 3 s, write and load (\(synthetic?.count ?? 0) utterances)", synthesis, target: "< 10 s")

// 2. Indexing a tree shaped like AISHELL-1, with a TextGrid per utterance; audio is read lazily.
let tree = ProcessInfo.processInfo.environment["FORMANT_BENCH_AISHELL_TREE"] ?? scratch + "/aishell"
if !FileManager.default.fileExists(atPath: tree + "/resource_aishell/speaker.info") { try makeAishellTree(at: tree) }
var indexed = 0
let indexing = try seconds { indexed = try Corpus.aishell(path: tree, alignments: tree + "/alignments").count }
row("index AISHELL-1 layout: \(indexed) utterances with TextGrids", indexing, reference: "FORMANT_BENCH_REF_INDEX", target: "< 2 s")

// 3. Framewise labels of the synthetic corpus (reads every TextGrid and WAV header).
if let synthetic {
    let labelling = try seconds {
        for task in [LabelTask.tone(), .phone(), .sex()] { _ = try synthetic.classCounts(task: task) }
    }
    row("tone, phone and sex frame labels of \(synthetic.count) utterances", labelling)
}

// 4. Resampling 60 s of 44.1 kHz audio to 16 kHz.
let minute = Audio(samples: (0..<(44_100 * 60)).map { Float(sin(Double($0) * 0.1)) }, sampleRate: 44_100)
let resampling = try seconds { _ = try minute.resampled(to: 16_000) }
row("resample 60 s from 44.1 kHz to 16 kHz", resampling, reference: "FORMANT_BENCH_REF_RESAMPLE")
