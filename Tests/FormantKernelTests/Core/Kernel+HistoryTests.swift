import XCTest
@testable import FormantKernel

final class KernelHistoryTests: XCTestCase {
    func makeHarness() -> KernelHarness {
        let harness = KernelHarness()
        harness.engine.onExecute = { request, _ in
            request.code.hasPrefix("let") ? .success(nil) : .success(DisplayData(text: ["text/plain": "2"]))
        }
        for code in ["let x = 1", "x + 1", "x + 1"] { harness.send("execute_request", ["code": .string(code)]) }
        harness.send("execute_request", ["code": "hidden", "store_history": false])
        harness.transport.clear()
        return harness
    }

    func testTail() {
        let harness = makeHarness()
        harness.send("history_request", ["hist_access_type": "tail", "n": 2, "output": false, "raw": true])
        XCTAssertEqual(harness.reply()?.content, ["status": "ok", "history": [[1, 2, "x + 1"], [1, 3, "x + 1"]]])
    }

    func testTailWithOutput() {
        let harness = makeHarness()
        harness.send("history_request", ["hist_access_type": "tail", "n": 3, "output": true, "raw": true])
        XCTAssertEqual(harness.reply()?.content["history"],
                       [[1, 1, ["let x = 1", nil]], [1, 2, ["x + 1", "2"]], [1, 3, ["x + 1", "2"]]])
    }

    func testRange() {
        let harness = makeHarness()
        harness.send("history_request", ["hist_access_type": "range", "session": 1, "start": 1, "stop": 2,
                                         "output": false, "raw": true])
        XCTAssertEqual(harness.reply()?.content["history"], [[1, 1, "let x = 1"]])
    }

    func testSearch() {
        let harness = makeHarness()
        harness.send("history_request", ["hist_access_type": "search", "pattern": "x*", "unique": true,
                                         "output": false, "raw": true])
        XCTAssertEqual(harness.reply()?.content["history"], [[1, 3, "x + 1"]])
    }

    func testUnknownAccessTypeIsAnErrorReply() {
        let harness = makeHarness()
        harness.send("history_request", ["hist_access_type": "everything"])
        XCTAssertEqual(harness.reply()?.content["status"], "error")
    }
}
