import XCTest
@testable import FormantCorpus

final class TextGridParsingTests: XCTestCase {
    static let long = #"""
        File type = "ooTextFile"
        Object class = "TextGrid"

        xmin = 0
        xmax = 1.5
        tiers? <exists>
        size = 2
        item []:
            item [1]:
                class = "IntervalTier"
                name = "phones"
                xmin = 0
                xmax = 1.5
                intervals: size = 3
                intervals [1]:
                    xmin = 0
                    xmax = 0.4
                    text = ""
                intervals [2]:
                    xmin = 0.4
                    xmax = 0.9
                    text = "ma3"
                intervals [3]:
                    xmin = 0.9
                    xmax = 1.5
                    text = "say ""hi"""
            item [2]:
                class = "TextTier"
                name = "events"
                xmin = 0
                xmax = 1.5
                points: size = 1
                points [1]:
                    number = 0.65
                    mark = "peak"

        """#

    static let short = #"""
        File type = "ooTextFile"
        Object class = "TextGrid"

        0
        1.5
        <exists>
        2
        "IntervalTier"
        "phones"
        0
        1.5
        3
        0
        0.4
        ""
        0.4
        0.9
        "ma3"
        0.9
        1.5
        "say ""hi"""
        "TextTier"
        "events"
        0
        1.5
        1
        0.65
        "peak"

        """#

    static let expected = TextGrid(xmin: 0, xmax: 1.5, tiers: [
        TextGrid.Tier(name: "phones", xmin: 0, xmax: 1.5, content: .intervals([
            TextGrid.Interval(xmin: 0, xmax: 0.4, text: ""),
            TextGrid.Interval(xmin: 0.4, xmax: 0.9, text: "ma3"),
            TextGrid.Interval(xmin: 0.9, xmax: 1.5, text: "say \"hi\""),
        ])),
        TextGrid.Tier(name: "events", xmin: 0, xmax: 1.5, content: .points([TextGrid.Point(time: 0.65, mark: "peak")])),
    ])

    func testLongAndShortFormatsGiveTheSameGrid() throws {
        XCTAssertEqual(try TextGrid.parse(Self.long), Self.expected)
        XCTAssertEqual(try TextGrid.parse(Self.short), Self.expected)
        let olderShort = Self.short.replacingOccurrences(of: "\"ooTextFile\"", with: "\"ooTextFile short\"")
        XCTAssertEqual(try TextGrid.parse(olderShort), Self.expected)
    }

    func testUTF16WithByteOrderMarksAndChineseLabels() throws {
        let directory = try TemporaryDirectory(self)
        let text = Self.long.replacingOccurrences(of: "ma3", with: "妈妈")
        let littleEndian: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        for (name, bytes) in [("le", littleEndian), ("be", bigEndian), ("bom8", utf8BOM)] {
            let path = try directory.write("\(name).TextGrid", Data(bytes))
            XCTAssertEqual(try TextGrid.read(path: path).tiers[0].intervals[1].text, "妈妈", name)
        }
    }

    func testSyntaxErrorsNameFileAndLine() {
        let broken = Self.long.replacingOccurrences(of: "xmax = 0.9\n            text = \"ma3\"", with: "xmax = \"oops\"\n            text = \"ma3\"")
        XCTAssertThrowsError(try TextGrid.parse(broken, path: "a.TextGrid")) { error in
            XCTAssertEqual(error as? CorpusError, .textGridSyntax(path: "a.TextGrid", line: 21, message: "expected interval xmax (a number), found the string \"oops\""))
        }
        XCTAssertThrowsError(try TextGrid.parse(String(Self.short.prefix(120)), path: "b")) { error in
            guard case .textGridSyntax("b", _, let message)? = error as? CorpusError else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("file ends") || message.contains("never closed"), message)
        }
        XCTAssertThrowsError(try TextGrid.parse("File type = \"ooBinaryFile\"\n")) { error in
            XCTAssertTrue(String(describing: error).contains("binary TextGrids are not read"), "\(error)")
        }
        XCTAssertThrowsError(try TextGrid.parse("File type = \"ooTextFile\"\nObject class = \"Sound\"\n")) { error in
            XCTAssertTrue(String(describing: error).contains("line 2"), "\(error)")
        }
        XCTAssertThrowsError(try TextGrid.parse("File type = \"ooTextFile\nObject class", path: "c")) { error in
            XCTAssertEqual(error as? CorpusError, .textGridSyntax(path: "c", line: 1, message: "string opened here is never closed"))
        }
        let overlapping = Self.short.replacingOccurrences(of: "0.4\n0.9\n\"ma3\"", with: "0.3\n0.9\n\"ma3\"")
        XCTAssertThrowsError(try TextGrid.parse(overlapping)) { XCTAssertTrue(String(describing: $0).contains("before the previous one ends")) }
        let badClass = Self.short.replacingOccurrences(of: "\"TextTier\"", with: "\"Tier\"")
        XCTAssertThrowsError(try TextGrid.parse(badClass)) { XCTAssertTrue(String(describing: $0).contains("unknown tier class")) }
    }

    func testInvalidUTF8IsReported() throws {
        let directory = try TemporaryDirectory(self)
        let path = try directory.write("bad.TextGrid", Data(Array("File type = \"".utf8) + [0xC3, 0x28]))
        XCTAssertThrowsError(try TextGrid.read(path: path)) { error in
            XCTAssertEqual(error as? CorpusError, .textEncoding(path: path, reason: "invalid UTF-8 at byte 13 (and no UTF-16 byte-order mark)"))
        }
    }

    func testIntervalLookup() throws {
        let tier = Self.expected.tiers[0]
        XCTAssertEqual(tier.interval(at: 0)?.text, "")
        XCTAssertEqual(tier.interval(at: 0.4)?.text, "ma3")
        XCTAssertEqual(tier.interval(at: 0.899)?.text, "ma3")
        XCTAssertEqual(tier.interval(at: 1.5)?.text, "say \"hi\"")
        XCTAssertNil(tier.interval(at: 1.6))
        XCTAssertNil(tier.interval(at: -0.1))
    }
}
