import XCTest
@testable import FormantCorpus

final class ToneTableTests: XCTestCase {
    func testPinyinDigits() {
        let table = ToneTable.standard
        XCTAssertEqual(table.split("ang4").base, "ang")
        XCTAssertEqual(table.split("ang4").tone, .tone4)
        XCTAssertEqual(table.tone(of: "a1"), .tone1)
        XCTAssertEqual(table.tone(of: "i2"), .tone2)
        XCTAssertEqual(table.tone(of: "v3"), .tone3)
        XCTAssertEqual(table.tone(of: "e5"), .neutral)
        XCTAssertEqual(table.tone(of: "e0"), .neutral)
        XCTAssertNil(table.tone(of: "zh"))
        XCTAssertNil(table.tone(of: "sil"))
        XCTAssertNil(table.tone(of: "4"), "a bare digit is not a toned phone")
        XCTAssertEqual(table.split("sh").base, "sh")
    }

    func testChaoToneLetters() {
        let table = ToneTable.standard
        XCTAssertEqual(table.split("a˥").tone, .tone1)
        XCTAssertEqual(table.split("a˧˥").tone, .tone2)
        XCTAssertEqual(table.split("ə˨˩˦").tone, .tone3)
        XCTAssertEqual(table.split("ə˨˩").tone, .tone3)
        XCTAssertEqual(table.split("aŋ˥˩").tone, .tone4)
        XCTAssertEqual(table.split("aŋ˥˩").base, "aŋ")
        XCTAssertEqual(table.split("ə˧").tone, .neutral)
        XCTAssertNil(table.split("a˩˩˩˩").tone, "unknown markings carry no tone")
        XCTAssertEqual(table.split("a˩˩˩˩").base, "a˩˩˩˩")
    }

    func testKaldiPositionSuffixesAreRemoved() {
        XCTAssertEqual(ToneTable.standard.split("ang4_E").base, "ang")
        XCTAssertEqual(ToneTable.standard.split("ang4_E").tone, .tone4)
        XCTAssertEqual(ToneTable.standard.split("zh_B").base, "zh")
        XCTAssertNil(ToneTable.standard.split("zh_B").tone)
        XCTAssertEqual(ToneTable.standard.split("a_b").base, "a_b")
    }

    func testTableIsOverridable() {
        var table = ToneTable.standard
        table.digits["6"] = .neutral
        table.toneLetters["˩˩˩˩"] = .tone3
        XCTAssertEqual(table.tone(of: "a6"), .neutral)
        XCTAssertEqual(table.tone(of: "a˩˩˩˩"), .tone3)
        XCTAssertNil(ToneTable.standard.tone(of: "a6"))
    }

    func testClassNames() {
        XCTAssertEqual(Tone.allCases.map(\.className), ["T1", "T2", "T3", "T4", "neutral"])
    }
}
