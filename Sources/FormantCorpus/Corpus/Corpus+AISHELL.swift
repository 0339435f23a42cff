import FormantCore
import Foundation

extension Corpus {
    /// Indexes AISHELL-1 (or anything in its layout) at `path` without reading any audio.
    ///
    /// Layout: `data_aishell/wav/{train,dev,test}/S0002/BAC009S0002W0122.wav`,
    /// `data_aishell/transcript/*.txt`, `resource_aishell/speaker.info`; `path` may be the directory holding
    /// `data_aishell` or `data_aishell` itself. `alignments` is a directory of `<utterance id>.TextGrid`
    /// files, flat or in sub-directories (as MFA writes them). Utterances without transcript, with an
    /// unknown speaker or (when `alignments` is given) without TextGrid are skipped and listed in `report`.
    public static func aishell(
        path: String, alignments: String? = nil, splits: [CorpusSplit] = CorpusSplit.allCases,
        options: LoadOptions = LoadOptions(), name: String = "AISHELL-1", context: OperationContext = .silent
    ) throws -> Corpus {
        let (data, resource) = try aishellDirectories(path)
        var skipped: [SkippedFile] = []
        let speakerInfo = try AishellListings.speakers(path: CorpusFiles.join(resource, "speaker.info"))
        skipped += speakerInfo.skipped
        let transcripts = try AishellListings.transcripts(path: try transcriptPath(data))
        skipped += transcripts.skipped
        let grids = try alignments.map(indexAlignments) ?? [:]
        let index = AishellIndex(sexes: speakerInfo.sexes, transcripts: transcripts.texts, grids: alignments == nil ? nil : grids)
        var utterances: [Utterance] = []
        skipped += unexpectedEntries(in: CorpusFiles.join(data, "wav"))
        for split in splits {
            let splitDirectory = CorpusFiles.join(data, "wav", split.rawValue)
            guard let speakerDirectories = CorpusFiles.list(splitDirectory) else { continue }
            for (number, directory) in speakerDirectories.enumerated() {
                try context.step("indexing \(split.rawValue)", completed: number, total: speakerDirectories.count)
                utterances += index.utterances(in: CorpusFiles.join(splitDirectory, directory), speaker: directory, split: split, skipped: &skipped)
            }
        }
        if options.verify { utterances = try verified(utterances, skipped: &skipped, context: context) }
        if options.strict, !skipped.isEmpty { throw CorpusError.strictLoadFailed(skipped: skipped) }
        return Corpus(name: name, utterances: utterances, report: LoadReport(loaded: utterances.count, skipped: skipped))
    }

    /// Entries of `wav/` other than the split directories, each skipped with the reason (per-speaker
    /// archives AISHELL-1 ships packed are the usual case).
    private static func unexpectedEntries(in wav: String) -> [SkippedFile] {
        let splitNames = Set(CorpusSplit.allCases.map(\.rawValue))
        return (CorpusFiles.list(wav) ?? []).filter { !splitNames.contains($0) }.map { name in
            let reason = CorpusFiles.hasSuffix(name, ".tar.gz")
                ? "per-speaker archive not extracted (run tar xzf on it in wav/ first)"
                : "not a split directory (expected train, dev or test)"
            return SkippedFile(path: CorpusFiles.join(wav, name), reason: reason)
        }
    }

    /// The `data_aishell` and `resource_aishell` directories for a corpus at `path`.
    private static func aishellDirectories(_ path: String) throws -> (data: String, resource: String) {
        let nested = CorpusFiles.join(path, "data_aishell")
        if CorpusFiles.isDirectory(nested) { return (nested, CorpusFiles.join(path, "resource_aishell")) }
        if CorpusFiles.isDirectory(CorpusFiles.join(path, "wav")) {
            return (path, URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("resource_aishell").path)
        }
        guard CorpusFiles.isDirectory(path) else { throw CorpusError.layout(path: path, reason: "no such directory") }
        throw CorpusError.layout(path: path, reason: "neither data_aishell/ nor wav/ found inside")
    }

    private static func transcriptPath(_ data: String) throws -> String {
        let directory = CorpusFiles.join(data, "transcript")
        let standard = CorpusFiles.join(directory, "aishell_transcript_v0.8.txt")
        if FileManager.default.fileExists(atPath: standard) { return standard }
        guard let text = CorpusFiles.list(directory)?.first(where: { CorpusFiles.hasSuffix($0, ".txt") }) else {
            throw CorpusError.layout(path: data, reason: "no transcript/aishell_transcript_v0.8.txt")
        }
        return CorpusFiles.join(directory, text)
    }

    /// Utterance id → TextGrid path for every `.TextGrid` below `directory`.
    private static func indexAlignments(_ directory: String) throws -> [String: String] {
        guard CorpusFiles.isDirectory(directory) else {
            throw CorpusError.layout(path: directory, reason: "alignments directory does not exist")
        }
        let files = CorpusFiles.files(under: directory, suffix: ".TextGrid")
        var grids: [String: String] = [:]
        grids.reserveCapacity(2 * files.count)
        for file in files { grids[String(decoding: file.name.utf8.dropLast(9), as: UTF8.self)] = file.path }
        return grids
    }

    /// The utterances whose WAV header and TextGrid read cleanly; the others join `skipped` with the error.
    private static func verified(_ utterances: [Utterance], skipped: inout [SkippedFile], context: OperationContext) throws -> [Utterance] {
        var kept: [Utterance] = []
        for (index, utterance) in utterances.enumerated() {
            try context.step("verifying files", completed: index, total: utterances.count)
            do {
                _ = try utterance.header()
            } catch {
                skipped.append(SkippedFile(path: utterance.audioPath, reason: String(describing: error)))
                continue
            }
            do {
                _ = try utterance.alignment()
            } catch {
                skipped.append(SkippedFile(path: utterance.alignmentPath ?? utterance.id, reason: String(describing: error)))
                continue
            }
            kept.append(utterance)
        }
        return kept
    }
}

/// The listings an AISHELL-1 speaker directory is matched against while indexing.
private struct AishellIndex {
    let sexes: [String: Sex]
    let transcripts: [String: String]
    /// Utterance id → TextGrid path, or `nil` when the corpus is loaded without alignments.
    let grids: [String: String]?

    /// The utterances of one speaker directory; files that cannot be used join `skipped` with the reason.
    func utterances(in speakerPath: String, speaker id: String, split: CorpusSplit, skipped: inout [SkippedFile]) -> [Utterance] {
        guard let files = CorpusFiles.list(speakerPath) else {
            skipped.append(SkippedFile(path: speakerPath, reason: "not a speaker directory"))
            return []
        }
        guard let sex = sexes[id] else {
            skipped.append(SkippedFile(path: speakerPath, reason: "speaker \(id) is not listed in speaker.info (\(files.count) files)"))
            return []
        }
        let speaker = Speaker(id: id, sex: sex)
        var utterances: [Utterance] = []
        for file in files {
            let filePath = CorpusFiles.join(speakerPath, file)
            guard CorpusFiles.hasSuffix(file, ".wav") else {
                let hint = CorpusFiles.hasSuffix(file, ".tar.gz") ? " (extract the per-speaker archives first)" : ""
                skipped.append(SkippedFile(path: filePath, reason: "not a WAV file\(hint)"))
                continue
            }
            let utterance = String(decoding: file.utf8.dropLast(4), as: UTF8.self)
            guard let text = transcripts[utterance] else {
                skipped.append(SkippedFile(path: filePath, reason: "no transcript line for \(utterance)"))
                continue
            }
            let grid = grids?[utterance]
            if grids != nil, grid == nil {
                skipped.append(SkippedFile(path: filePath, reason: "no TextGrid \(utterance).TextGrid in the alignments directory"))
                continue
            }
            utterances.append(Utterance(id: utterance, speaker: speaker, split: split, transcript: text, audioPath: filePath, alignmentPath: grid))
        }
        return utterances
    }
}
