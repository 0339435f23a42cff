import XCTest
@testable import FormantPlots

final class CSVTextTests: XCTestCase {
    func testQuotingFollowsRFC4180() {
        var csv = CSVText(header: ["name", "note"])
        csv.append(["a,b", "say \"hi\""])
        csv.append(["line\nbreak", "plain"])
        csv.append(numbers: [0.5, .nan])
        XCTAssertEqual(csv.text, "name,note\n\"a,b\",\"say \"\"hi\"\"\"\n\"line\nbreak\",plain\n0.5,\n")
    }
}
