import XCTest
@testable import FormantKernel

final class ExecutionHistoryTests: XCTestCase {
    func makeHistory() -> ExecutionHistory {
        var history = ExecutionHistory()
        for (line, input) in ["let x = 1", "x + 1", "print(x)", "x + 1", "let y = 2"].enumerated() {
            history.record(line: line + 1, input: input)
        }
        history.setOutput("2", line: 2)
        return history
    }

    func testTail() {
        let history = makeHistory()
        XCTAssertEqual(history.tail(2).map(\.input), ["x + 1", "let y = 2"])
        XCTAssertEqual(history.tail(99).count, 5)
        XCTAssertEqual(history.tail(0).count, 0)
        XCTAssertEqual(history.tail(-3).count, 0)
    }

    func testRangeIsHalfOpenAndSessionScoped() {
        let history = makeHistory()
        XCTAssertEqual(history.range(session: 1, start: 2, stop: 4).map(\.line), [2, 3])
        XCTAssertEqual(history.range(session: 0, start: 4, stop: nil).map(\.line), [4, 5])
        XCTAssertEqual(history.range(session: -1, start: 0, stop: nil).count, 0)
        XCTAssertEqual(history.range(session: 1, start: 1, stop: 2).first?.output, nil)
        XCTAssertEqual(history.range(session: 1, start: 2, stop: 3).first?.output, "2")
    }

    func testSearchGlobUniqueAndN() {
        let history = makeHistory()
        XCTAssertEqual(history.search(pattern: "x*", n: nil, unique: false).map(\.line), [2, 4])
        XCTAssertEqual(history.search(pattern: "let ?=*", n: nil, unique: false).count, 0)
        XCTAssertEqual(history.search(pattern: "let [xy] = *", n: nil, unique: false).map(\.line), [1, 5])
        XCTAssertEqual(history.search(pattern: "x + 1", n: nil, unique: true).map(\.line), [4])
        XCTAssertEqual(history.search(pattern: "*", n: 2, unique: false).map(\.line), [4, 5])
        XCTAssertEqual(history.search(pattern: "*", n: nil, unique: true).map(\.line), [1, 3, 4, 5])
    }
}
