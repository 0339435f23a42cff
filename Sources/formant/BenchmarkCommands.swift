import ArgumentParser
import FormantAnalysis
import FormantModel
import Foundation

/// `formant model-bench JSON`: the Formant side of `bench/model_bench.py` (hidden; run by `make bench`).
struct ModelBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model-bench",
        abstract: "Time wav2vec 2.0 hidden-state extraction (for make bench).",
        shouldDisplay: false
    )

    @Argument(help: "Where to write the measurements as JSON.")
    var output: String

    @Option(help: "BLAS threads.")
    var threads = 2

    @Option(help: "Utterances in the AISHELL-like batch.")
    var utterances = 100

    func run() throws {
        let results = try ModelBenchmark.run(threads: threads, batchUtterances: utterances)
        try ModelBenchmark.json(results).write(toFile: output, atomically: true, encoding: .utf8)
        print(ModelBenchmark.markdownRows(results))
    }
}

/// `formant analysis-bench DIR`: the Formant side of `bench/analysis_bench.py` (hidden; run by `make bench`).
struct AnalysisBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analysis-bench",
        abstract: "Time SVCCA, CKA, a layer profile and UMAP on the inputs in DIR (for make bench).",
        shouldDisplay: false
    )

    @Argument(help: "The directory bench/analysis_bench.py prepared.")
    var directory: String

    func run() throws {
        for (name, seconds) in try AnalysisBenchmark.run(directory: URL(fileURLWithPath: directory)) {
            print("\(name)\t\(seconds)")
        }
    }
}
