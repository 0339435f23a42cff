import XCTest
@testable import FormantCorpus

final class CorpusSplitsTests: XCTestCase {
    private func corpus(speakers: Int) -> Corpus {
        let utterances = (0..<speakers).flatMap { s in
            (0..<3).map { n in
                Utterance(id: "u\(s)-\(n)", speaker: Speaker(id: String(format: "S%04d", s), sex: s % 2 == 0 ? .female : .male),
                          split: nil, transcript: "", audioPath: "/none", alignmentPath: nil)
            }
        }
        return Corpus(name: "test", utterances: utterances, report: LoadReport(loaded: utterances.count))
    }

    func testRandomSplitsAreSpeakerDisjointSexBalancedAndSeeded() throws {
        let corpus = corpus(speakers: 40)
        let parts = try corpus.randomSplits(dev: 0.1, test: 0.2, seed: 3)
        let speakers = CorpusSplit.allCases.map { Set(parts[$0]!.speakers.map(\.id)) }
        XCTAssertEqual(speakers.map(\.count), [28, 4, 8])
        XCTAssertTrue(speakers[0].isDisjoint(with: speakers[1]) && speakers[0].isDisjoint(with: speakers[2]) && speakers[1].isDisjoint(with: speakers[2]))
        XCTAssertEqual(parts[.dev]!.filter(sex: .female).speakers.count, 2)
        XCTAssertEqual(parts.values.reduce(0) { $0 + $1.count }, corpus.count)
        let again = try corpus.randomSplits(dev: 0.1, test: 0.2, seed: 3)
        XCTAssertEqual(again[.test]!.speakers, parts[.test]!.speakers)
        let other = try corpus.randomSplits(dev: 0.1, test: 0.2, seed: 4)
        XCTAssertNotEqual(other[.test]!.speakers, parts[.test]!.speakers)
        XCTAssertThrowsError(try corpus.randomSplits(dev: 0.6, test: 0.5, seed: 1))
    }

    func testFilters() throws {
        let corpus = corpus(speakers: 4)
        XCTAssertEqual(corpus.filter(speakers: ["S0001", "S0003"]).count, 6)
        XCTAssertEqual(corpus.filter(sex: .male).speakers.map(\.id), ["S0001", "S0003"])
        XCTAssertEqual(corpus.filter { $0.id.hasSuffix("-0") }.count, 4)
    }

    func testDurationFilterAndSubsetsShareInventories() throws {
        let directory = try TemporaryDirectory(self)
        try MiniAishell.write(in: directory)
        try Audio(samples: [Float](repeating: 0, count: 8_000), sampleRate: 16_000)
            .write(path: directory.file("data_aishell/wav/train/S0001/BAC009S0001W0001.wav"))
        let corpus = try Corpus.aishell(path: directory.path, alignments: directory.file("alignments"))
        XCTAssertEqual(try corpus.filter(minimumDuration: 0.75).count, 7)
        XCTAssertEqual(try corpus.filter(maximumDuration: 0.75).count, 1)
        let male = corpus.filter(sex: .male)
        let phones = try male.inventory(for: .phone())
        XCTAssertEqual(phones, try corpus.inventory(for: .phone()))
        XCTAssertEqual(try male.labels(of: male.utterance(0), task: .phone()).inventory, phones)
    }
}
