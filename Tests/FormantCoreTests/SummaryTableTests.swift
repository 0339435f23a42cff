import FormantCore
import XCTest

final class SummaryTableTests: XCTestCase {
    func testPlainIndentsEntriesUnderTheTitle() {
        let table = SummaryTable(title: "Corpus demo", entries: [("utterances", "8"), ("speakers", "4 (2 F, 2 M)")])
        XCTAssertEqual(table.plain, "Corpus demo\n  utterances: 8\n  speakers: 4 (2 F, 2 M)")
    }

    func testHTMLEscapesEveryCell() {
        let table = SummaryTable(title: "a<b", entries: [("x&y", "\"v\"")])
        XCTAssertEqual(
            table.html,
            "<table><caption style=\"text-align:left\"><b>a&lt;b</b></caption><tr><th style=\"text-align:left\">x&amp;y</th>"
                + "<td style=\"text-align:left\">&quot;v&quot;</td></tr></table>")
        XCTAssertEqual(table.bundle, MIMEBundle(plain: table.plain, html: table.html))
    }
}
