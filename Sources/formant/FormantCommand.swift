import ArgumentParser
import FormantCore

/// The `formant` command: a Jupyter kernel for the phonetic analysis of wav2vec 2.0 embeddings.
@main
struct FormantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formant",
        abstract: "A Jupyter kernel for the phonetic analysis of wav2vec 2.0 embeddings.",
        version: FormantVersion.string,
        subcommands: [
            KernelCommand.self, InstallCommand.self, RunCommand.self, ModelBenchCommand.self, AnalysisBenchCommand.self,
        ]
    )

    /// Parses the arguments and runs the command, with freed memory kept for reuse (`HeapRetention`).
    static func main() {
        HeapRetention.apply()
        main(nil)
    }
}
