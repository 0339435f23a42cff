import XCTest
@testable import FormantCorpus

final class LabelTaskTests: XCTestCase {
    private let grid = TextGrid(xmin: 0, xmax: 1, tiers: [
        TextGrid.Tier(name: "words", xmin: 0, xmax: 1, content: .intervals([
            TextGrid.Interval(xmin: 0, xmax: 0.2, text: ""), TextGrid.Interval(xmin: 0.2, xmax: 0.8, text: "zhang1"),
            TextGrid.Interval(xmin: 0.8, xmax: 1, text: ""),
        ])),
        TextGrid.Tier(name: "phones", xmin: 0, xmax: 1, content: .intervals([
            TextGrid.Interval(xmin: 0, xmax: 0.2, text: "sil"), TextGrid.Interval(xmin: 0.2, xmax: 0.35, text: "zh"),
            TextGrid.Interval(xmin: 0.35, xmax: 0.8, text: "ang1"), TextGrid.Interval(xmin: 0.8, xmax: 1, text: "sp"),
        ])),
    ])
    private let speaker = Speaker(id: "S0001", sex: .female)
    private let times = [0.1, 0.3, 0.5, 0.9, 1.2]

    private func names(_ task: LabelTask) throws -> [String?] {
        try task.classNames(at: times, alignment: grid, speaker: speaker, utterance: "u")
    }

    func testToneIgnoresSilenceAndInitials() throws {
        XCTAssertEqual(try names(.tone()), [nil, nil, "T1", nil, nil])
    }

    func testPhoneStripsTone() throws {
        XCTAssertEqual(try names(.phone()), [nil, "zh", "ang", nil, nil])
    }

    func testSexOnSpeechFramesOrEverywhere() throws {
        XCTAssertEqual(try names(.sex()), [nil, "F", "F", nil, nil])
        XCTAssertEqual(try LabelTask.sex(tier: nil).classNames(at: times, alignment: nil, speaker: speaker, utterance: "u"), ["F", "F", "F", "F", "F"])
    }

    func testCustomTierTaskAndSilenceSet() throws {
        let initials = LabelTask.tier("phones", name: "initial", silence: ["sil"]) { label in
            ToneTable.standard.tone(of: label) == nil ? label : nil
        }
        XCTAssertEqual(try names(initials), [nil, "zh", nil, "sp", nil])
        XCTAssertEqual(try names(.tier("words")), [nil, "zhang1", "zhang1", nil, nil])
    }

    func testMissingTierAndAlignmentAreErrors() {
        XCTAssertThrowsError(try names(.tone(tier: "tones"))) { error in
            XCTAssertEqual(error as? CorpusError, .missingTier(utterance: "u", tier: "tones", available: ["words", "phones"]))
        }
        XCTAssertThrowsError(try LabelTask.tone().classNames(at: times, alignment: nil, speaker: speaker, utterance: "u")) { error in
            XCTAssertEqual(error as? CorpusError, .noAlignment(utterance: "u"))
        }
    }

    func testInventoryAndFrameLabels() {
        let inventory = ClassInventory(["b", "a", "b"])
        XCTAssertEqual(inventory.names, ["b", "a"])
        XCTAssertEqual(inventory.index(of: "a"), 1)
        let labels = FrameLabels(inventory: inventory, classIndices: [0, nil, 1, 1])
        XCTAssertEqual(labels.names, ["b", nil, "a", "a"])
        XCTAssertEqual(labels.classCounts, [1, 2])
    }
}
