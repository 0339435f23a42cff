import ArgumentParser

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
}
