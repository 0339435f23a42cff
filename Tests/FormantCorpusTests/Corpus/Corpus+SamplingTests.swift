import XCTest
@testable import FormantCorpus

final class CorpusSamplingTests: XCTestCase {
    func testBalancedFramesAreBalancedSortedAndSeeded() throws {
        let directory = try TemporaryDirectory(self)
        try MiniAishell.write(in: directory)
        let corpus = try Corpus.aishell(path: directory.path, alignments: directory.file("alignments"))
        let samples = try corpus.balancedFrames(task: .tone(), perClass: 50, seed: 9)
        XCTAssertEqual(samples.filter { $0.classIndex == 0 }.count, 50)
        XCTAssertEqual(samples.filter { $0.classIndex == 3 }.count, 50)
        XCTAssertEqual(samples.count, 100)
        XCTAssertEqual(samples, samples.sorted { ($0.utterance, $0.frame) < ($1.utterance, $1.frame) })
        for sample in samples {
            let labels = try corpus.labels(of: corpus.utterance(sample.utterance), task: .tone())
            XCTAssertEqual(labels.classIndices[sample.frame], sample.classIndex)
        }
        XCTAssertEqual(try corpus.balancedFrames(task: .tone(), perClass: 50, seed: 9), samples)
        XCTAssertNotEqual(try corpus.balancedFrames(task: .tone(), perClass: 50, seed: 10), samples)
        XCTAssertEqual(try corpus.balancedFrames(task: .tone(), perClass: 1_000, seed: 1).count, 232)
        XCTAssertThrowsError(try corpus.balancedFrames(task: .tone(), perClass: 0, seed: 1))
    }
}
