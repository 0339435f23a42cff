import Foundation
import FormantCore

extension Embeddings: RichDisplayable {
    /// A summary table: frames and their origin, layers, tasks, storage, model, corpus and selection.
    public var mimeBundle: MIMEBundle { SummaryTable(title: "Embeddings", entries: summary).bundle }

    /// The summary entries, in display order; model, corpus and selection come from the provenance.
    var summary: [(String, String)] {
        let utterances = Set(frames.map(\.utterance)).count, speakers = Set(frames.map(\.speaker)).count
        let classes = labels.map { Set($0).count }
        let bytes = frames.count * width * layers.count * (precision == .float32 ? 4 : 2)
        return [
            ("frames", "\(frames.count) (from \(utterances) utterances of \(speakers) speakers)"),
            ("layers", layers.map(String.init).joined(separator: ", ") + " (width \(width))"),
            ("tasks", zip(tasks, classes).map { "\($0) (\($1) classes)" }.joined(separator: ", ")),
            ("storage", "\(precision.rawValue), \(Self.size(bytes))"),
        ] + provenanceEntries(["model", "corpus", "selection"])
    }

    /// A byte count in bytes, kB or MB.
    private static func size(_ bytes: Int) -> String {
        bytes < 1_000 ? "\(bytes) bytes" : bytes < 1_000_000 ? String(format: "%.1f kB", Double(bytes) / 1e3)
            : String(format: "%.1f MB", Double(bytes) / 1e6)
    }

    /// The provenance lines named `names` (`model: …`), as entries.
    private func provenanceEntries(_ names: [String]) -> [(String, String)] {
        let lines = provenance.split(separator: "\n").compactMap { line -> (String, String)? in
            guard let colon = line.range(of: ": ") else { return nil }
            return (String(line[..<colon.lowerBound]), String(line[colon.upperBound...]))
        }
        return names.compactMap { name in lines.first { $0.0 == name } }
    }
}

extension Embeddings.Frame: CustomStringConvertible {
    /// Where the frame comes from: `utterance 'S01_003' at 0.355 s`.
    public var description: String {
        "utterance '\(utterance)' at " + String(format: "%.3f s", time)
    }
}
