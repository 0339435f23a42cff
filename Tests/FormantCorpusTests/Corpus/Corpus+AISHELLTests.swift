import XCTest
@testable import FormantCorpus

final class CorpusAISHELLTests: XCTestCase {
    func testIndexesTheLayout() throws {
        let directory = try TemporaryDirectory(self)
        try MiniAishell.write(in: directory)
        let corpus = try Corpus.aishell(path: directory.path, alignments: directory.file("alignments"))
        XCTAssertEqual(corpus.count, 8)
        XCTAssertEqual(corpus.report, LoadReport(loaded: 8, skipped: []))
        XCTAssertEqual(corpus.speakers.map(\.id), ["S0001", "S0002", "S0003", "S0004"])
        XCTAssertEqual(corpus.speakers.map(\.sex), [.female, .male, .female, .male])
        let first = try corpus.utterance(0)
        XCTAssertEqual(first.id, "BAC009S0001W0001")
        XCTAssertEqual(first.split, .train)
        XCTAssertEqual(first.transcript, "妈")
        XCTAssertEqual(try first.duration(), 1, accuracy: 1e-9)
        XCTAssertEqual(try first.audio().samples.count, 16_000)
        XCTAssertEqual(corpus.split(.dev).count, 2)
        XCTAssertEqual(try Corpus.aishell(path: directory.file("data_aishell"), splits: [.test]).count, 2)
        XCTAssertThrowsError(try corpus.utterance(8)) { XCTAssertTrue(String(describing: $0).contains("0..<8")) }
    }

    func testFrameLabelsOfEveryTask() throws {
        let directory = try TemporaryDirectory(self)
        try MiniAishell.write(in: directory)
        let corpus = try Corpus.aishell(path: directory.path, alignments: directory.file("alignments"))
        let utterance = try corpus.utterance(1)  // speaker S0001, tone 4, UTF-16 TextGrid
        let tone = try corpus.labels(of: utterance, task: .tone())
        XCTAssertEqual(tone.count, 49)
        XCTAssertEqual(tone.inventory.names, ["T1", "T2", "T3", "T4", "neutral"])
        // Frame t is centred at (320t + 200)/16000 s: frames 0–9 are silence (< 0.2 s), 10–19 the initial m (< 0.4 s), 20–48 the final.
        XCTAssertEqual(tone.names[9], nil)
        XCTAssertEqual(tone.names[19], nil)
        XCTAssertEqual(tone.names[20], "T4")
        XCTAssertEqual(tone.classCounts, [0, 0, 0, 29, 0])
        let phone = try corpus.labels(of: utterance, task: .phone())
        XCTAssertEqual(phone.inventory.names, ["a", "m"])
        XCTAssertEqual(phone.names[10], "m")
        let sex = try corpus.labels(of: utterance, task: .sex())
        XCTAssertEqual(sex.classCounts, [39, 0])
        XCTAssertEqual(try corpus.classCounts(task: .tone()), [4 * 29, 0, 0, 4 * 29, 0])
    }

    func testBadFilesAreSkippedAndReported() throws {
        let directory = try TemporaryDirectory(self)
        try MiniAishell.write(in: directory)
        try directory.write("data_aishell/wav/train/S0001/BAC009S0001W0009.wav", text: "no transcript for me")
        try directory.write("data_aishell/wav/train/S0009/BAC009S0009W0001.wav", text: "unknown speaker")
        try directory.write("data_aishell/wav/train/S0002/S0002.tar.gz", text: "archive")
        try directory.write("data_aishell/wav/train/S0002/BAC009S0002W0001.wav", text: "corrupt audio")
        try FileManager.default.removeItem(atPath: directory.file("alignments/S0003/BAC009S0003W0001.TextGrid"))
        try directory.write("alignments/S0004/BAC009S0004W0002.TextGrid", text: "File type = \"ooTextFile\"\nbroken")
        try directory.write("resource_aishell/speaker.info", text: "0001 F\n0002 M\n0003 F\n0004 M\n0005\n")
        let lazy = try Corpus.aishell(path: directory.path, alignments: directory.file("alignments"))
        let reasons = lazy.report.skipped.map(\.reason)
        XCTAssertEqual(lazy.count, 7)
        XCTAssertEqual(lazy.report.skipped.count, 5, "\(lazy.report.skipped)")
        XCTAssertTrue(reasons.contains("expected '<speaker id> <F|M>', found '0005 '"), "\(reasons)")
        XCTAssertTrue(reasons.contains("no transcript line for BAC009S0001W0009"))
        XCTAssertTrue(reasons.contains { $0.hasPrefix("speaker S0009 is not listed in speaker.info") })
        XCTAssertTrue(reasons.contains("not a WAV file (extract the per-speaker archives first)"))
        XCTAssertTrue(reasons.contains("no TextGrid BAC009S0003W0001.TextGrid in the alignments directory"))

        let verified = try Corpus.aishell(path: directory.path, alignments: directory.file("alignments"), options: LoadOptions(verify: true))
        XCTAssertEqual(verified.count, 5)
        XCTAssertEqual(verified.report.skipped.count, 7)
        XCTAssertTrue(verified.report.skipped.contains { $0.path.hasSuffix("BAC009S0002W0001.wav") && $0.reason.contains("RIFF") })
        XCTAssertTrue(verified.report.skipped.contains { $0.path.hasSuffix("BAC009S0004W0002.TextGrid") && $0.reason.contains("line 2") })
        XCTAssertEqual(verified.report.summary, "5 utterances loaded, 7 files skipped")

        XCTAssertThrowsError(try Corpus.aishell(path: directory.path, alignments: directory.file("alignments"), options: LoadOptions(strict: true))) { error in
            guard case .strictLoadFailed(let skipped)? = error as? CorpusError else { return XCTFail("\(error)") }
            XCTAssertEqual(skipped.count, 5)
            XCTAssertTrue(String(describing: error).hasPrefix("strict loading failed: 5 bad file(s)"))
        }
    }

    func testPackedArchivesAreReported() throws {
        let directory = try TemporaryDirectory(self)
        try MiniAishell.write(in: directory)
        try directory.write("data_aishell/wav/S0724.tar.gz", text: "packed")
        let corpus = try Corpus.aishell(path: directory.path)
        XCTAssertEqual(corpus.report.skipped, [SkippedFile(
            path: directory.file("data_aishell/wav/S0724.tar.gz"), reason: "per-speaker archive not extracted (run tar xzf on it in wav/ first)")])
    }

    func testLayoutErrors() throws {
        let directory = try TemporaryDirectory(self)
        XCTAssertThrowsError(try Corpus.aishell(path: directory.file("missing"))) { error in
            XCTAssertEqual(error as? CorpusError, .layout(path: directory.file("missing"), reason: "no such directory"))
        }
        XCTAssertThrowsError(try Corpus.aishell(path: directory.path)) { error in
            XCTAssertTrue(String(describing: error).contains("neither data_aishell/ nor wav/"))
        }
        try MiniAishell.write(in: directory)
        XCTAssertThrowsError(try Corpus.aishell(path: directory.path, alignments: directory.file("nothing"))) { error in
            XCTAssertTrue(String(describing: error).contains("alignments directory does not exist"))
        }
        let withoutAlignments = try Corpus.aishell(path: directory.path)
        XCTAssertThrowsError(try withoutAlignments.labels(of: withoutAlignments.utterance(0), task: .tone())) { error in
            XCTAssertEqual(error as? CorpusError, .noAlignment(utterance: "BAC009S0001W0001"))
        }
    }
}
