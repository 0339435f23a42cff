import XCTest
@testable import FormantPlots

final class TableTests: XCTestCase {
    private func accuracy() throws -> Table {
        try Table(header: ["task", "accuracy"], rows: [["tone", "0.81"], ["sex, binary", "0.97"]], title: "Probes")
    }

    func testRaggedRowsAreRefusedNamingTheRow() {
        XCTAssertThrowsError(try Table(header: ["a", "b"], rows: [["1", "2"], ["3"]])) { error in
            XCTAssertEqual(error as? PlotError, .raggedRows(what: "table", row: 1, expected: 2, actual: 1))
            XCTAssertEqual(String(describing: error), "table: row 1 has 1 cells, expected 2 like the first row")
        }
    }

    func testHTMLEscapesAndRightAlignsNumbers() throws {
        let html = try Table(header: ["<name>", "n"], rows: [["a&b", "3"]]).html
        XCTAssertTrue(html.contains("<th>&lt;name&gt;</th>"))
        XCTAssertTrue(html.contains("<td>a&amp;b</td><td style=\"text-align:right\">3</td>"))
    }

    func testPlainTextAlignsColumns() throws {
        XCTAssertEqual(try accuracy().plain, """
            Probes
            task         accuracy
            -----------  --------
            tone             0.81
            sex, binary      0.97
            """)
    }

    func testCSVQuotesFieldsWithCommas() throws {
        XCTAssertEqual(try accuracy().csv, "task,accuracy\ntone,0.81\n\"sex, binary\",0.97\n")
    }

    func testDisplayBundleHasHTMLAndPlain() throws {
        let bundle = try accuracy().mimeBundle
        XCTAssertNotNil(bundle.data["text/html"])
        XCTAssertEqual(bundle.plain, try accuracy().plain)
    }

    func testLongTablesAreTruncatedOnDisplayButNotInCSV() throws {
        let rows = (0..<150).map { [String($0)] }
        let table = try Table(header: ["i"], rows: rows)
        XCTAssertTrue(table.plain.hasSuffix("… 50 more rows (save the table for all)"))
        XCTAssertEqual(table.csv.split(separator: "\n").count, 151)
    }

    func testFormatDropsTrailingZeros() {
        XCTAssertEqual(Table.format(0.8125), "0.8125")
        XCTAssertEqual(Table.format(0.5), "0.5")
        XCTAssertEqual(Table.format(0.000015), "1.5e-05")
    }
}
