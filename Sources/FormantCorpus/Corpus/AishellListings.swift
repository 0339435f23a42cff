import Foundation

/// Readers for AISHELL-1's text listings: `resource_aishell/speaker.info` and the transcript.
///
/// speaker.info has one speaker a line, `0002 F` (four-digit id without the `S`, then sex; further
/// columns ignored); the transcript has `BAC009S0002W0122 而 对 楼市 …` (utterance id, words).
/// Malformed lines are returned as skipped entries (`path:line`) rather than failing the whole corpus.
enum AishellListings {
    /// Speaker ids (normalised to `S0002`) and their sex, plus the lines that could not be read.
    static func speakers(path: String) throws -> (sexes: [String: Sex], skipped: [SkippedFile]) {
        var sexes: [String: Sex] = [:]
        var skipped: [SkippedFile] = []
        for record in try records(path) {
            let sexField = record.rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            guard let sex = Sex(code: sexField) else {
                skipped.append(SkippedFile(path: "\(path):\(record.line)", reason: "expected '<speaker id> <F|M>', found '\(record.key) \(record.rest)'"))
                continue
            }
            sexes[speakerID(record.key)] = sex
        }
        return (sexes, skipped)
    }

    /// Utterance id → transcript text, plus the lines that could not be read.
    static func transcripts(path: String) throws -> (texts: [String: String], skipped: [SkippedFile]) {
        let records = try records(path)
        var texts: [String: String] = [:]
        texts.reserveCapacity(2 * records.count)
        var skipped: [SkippedFile] = []
        for record in records {
            guard !record.rest.isEmpty else {
                skipped.append(SkippedFile(path: "\(path):\(record.line)", reason: "utterance '\(record.key)' has no transcript text"))
                continue
            }
            texts[record.key] = record.rest
        }
        return (texts, skipped)
    }

    /// `S0002` for `0002`, `S0002` or `s0002`.
    static func speakerID(_ raw: String) -> String {
        raw.first.map { $0.isLetter } == true ? "S" + raw.dropFirst() : "S" + raw
    }

    /// The non-blank lines of a listing as (1-based line number, first field, rest of the line), split
    /// on spaces and tabs at the byte level: fast enough for AISHELL-1's 141,600 transcript lines.
    private static func records(_ path: String) throws -> [(line: Int, key: String, rest: String)] {
        let bytes = Array(try TextDecoding.decode(CorpusFiles.read(path), path: path).utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 13 }
            func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self) }
            var records: [(line: Int, key: String, rest: String)] = []
            var lineStart = 0
            var number = 0
            while lineStart < buffer.count {
                number += 1
                var lineEnd = lineStart
                while lineEnd < buffer.count, buffer[lineEnd] != 10 { lineEnd += 1 }
                var keyStart = lineStart
                while keyStart < lineEnd, isBlank(buffer[keyStart]) { keyStart += 1 }
                var keyEnd = keyStart
                while keyEnd < lineEnd, !isBlank(buffer[keyEnd]) { keyEnd += 1 }
                var restStart = keyEnd
                while restStart < lineEnd, isBlank(buffer[restStart]) { restStart += 1 }
                var restEnd = lineEnd
                while restEnd > restStart, isBlank(buffer[restEnd - 1]) { restEnd -= 1 }
                if keyEnd > keyStart { records.append((number, text(keyStart..<keyEnd), text(restStart..<restEnd))) }
                lineStart = lineEnd + 1
            }
            return records
        }
    }
}
