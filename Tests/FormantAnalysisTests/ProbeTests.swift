import FormantAnalysis
import FormantNumerics
import FormantTestSupport
import XCTest

final class ProbeTests: XCTestCase {
    func testSeparableClassesAcrossSpeakers() throws {
        var data = TestData(seed: 31)
        var rows: [[Double]] = [], labels: [String] = [], speakers: [String] = []
        for speaker in 0..<10 {
            let offset = (0..<4).map { _ in data.normal() * 0.3 }
            for frame in 0..<40 {
                let tone = frame % 4
                rows.append((0..<4).map { ($0 == tone ? 3.0 : 0.0) + offset[$0] + data.normal() * 0.5 })
                labels.append("T\(tone + 1)")
                speakers.append("S\(speaker)")
            }
        }
        let result = try Probe.evaluate(FrameMatrix(Matrix(rowArrays: rows)), labels: labels, groups: speakers)
        XCTAssertEqual(result.testFrames, 80)
        XCTAssertEqual(result.trainFrames, 320)
        XCTAssertGreaterThan(result.accuracy, 0.9)
        XCTAssertGreaterThan(result.balancedAccuracy, 0.9)
    }

    func testRandomLabelsScoreNearChance() throws {
        var data = TestData(seed: 32)
        let x = data.matrix(400, 5)
        let labels = (0..<400).map { _ in Int(data.uniform() * 4) }
        let groups = (0..<400).map { $0 / 40 }
        let result = try Probe.evaluate(FrameMatrix(x), labels: labels, groups: groups)
        XCTAssertLessThan(result.balancedAccuracy, 0.45)
    }

    func testDefaultTestSpeakersCoverEveryClass() throws {
        // Eight speakers with one sex each: every fifth speaker alone (S4, female) would score the probe on one sex.
        var data = TestData(seed: 34)
        var rows: [[Double]] = [], sexes: [String] = [], speakers: [String] = []
        for speaker in 0..<8 {
            let sex = speaker % 2 == 0 ? "F" : "M"
            for _ in 0..<30 {
                rows.append([(sex == "F" ? 1.0 : -1.0) + data.normal() * 0.3, data.normal()])
                sexes.append(sex)
                speakers.append("S\(speaker)")
            }
        }
        let result = try Probe.evaluate(FrameMatrix(Matrix(rowArrays: rows)), labels: sexes, groups: speakers)
        XCTAssertEqual(Set(result.truth), [0, 1])
        XCTAssertEqual(result.testFrames, 60)
        XCTAssertGreaterThan(result.balancedAccuracy, 0.9)
        assertThrowsMessage(
            try Probe.evaluate(FrameMatrix(Matrix(rowArrays: rows)), labels: sexes, groups: speakers, testGroups: ["S4"]),
            containing: ["'testGroups'", "only 'F'", "more than one class"])
    }

    func testBadInputGivesClearErrors() {
        var data = TestData(seed: 33)
        let x = FrameMatrix(data.matrix(20, 2), name: "layer 3")
        assertThrowsMessage(try Probe.evaluate(x, labels: Array(repeating: 1, count: 20), groups: Array(0..<20)), containing: ["single class"])
        assertThrowsMessage(try Probe.evaluate(x, labels: Array(0..<19), groups: Array(0..<20)), containing: ["'labels' has 19"])
        assertThrowsMessage(try Probe.evaluate(x, labels: (0..<20).map { $0 % 2 }, groups: Array(repeating: 0, count: 20)), containing: ["at least two groups"])
    }
}
