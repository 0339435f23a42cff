import XCTest
@testable import FormantKernel

final class KernelIntrospectionTests: XCTestCase {
    func testCompletePassesTheCursorAndRepliesWithMatches() throws {
        let harness = KernelHarness()
        harness.engine.completion = CompletionReply(matches: ["print", "pca"], cursorStart: 2, cursorEnd: 3,
                                                    metadata: ["k": "v"])
        harness.send("complete_request", ["code": "é p", "cursor_pos": 3])
        XCTAssertEqual(harness.engine.completeCalls.first?.cursor, 3)
        XCTAssertEqual(harness.reply()?.content, [
            "status": "ok", "matches": ["print", "pca"], "cursor_start": 2, "cursor_end": 3, "metadata": ["k": "v"],
        ])
    }

    func testCursorIsClampedAndDefaultsToTheEnd() {
        let harness = KernelHarness()
        harness.send("complete_request", ["code": "ab😀"])
        harness.send("complete_request", ["code": "ab", "cursor_pos": 99])
        harness.send("complete_request", ["code": "ab", "cursor_pos": -4])
        XCTAssertEqual(harness.engine.completeCalls.map(\.cursor), [3, 2, 0])
    }

    func testInspectFoundAndNotFound() throws {
        let harness = KernelHarness()
        harness.send("inspect_request", ["code": "pca", "cursor_pos": 1, "detail_level": 1])
        XCTAssertEqual(harness.reply()?.content, ["status": "ok", "found": false, "data": [:], "metadata": [:]])
        XCTAssertEqual(harness.engine.inspectCalls.first?.detail, 1)
        harness.transport.clear()
        harness.engine.inspection = DisplayData(text: ["text/plain": "pca(_ x: Tensor)"])
        harness.send("inspect_request", ["code": "pca", "cursor_pos": 1])
        XCTAssertEqual(harness.reply()?.content["found"], true)
        XCTAssertEqual(harness.reply()?.content["data"], ["text/plain": "pca(_ x: Tensor)"])
    }

    func testIsCompleteStatuses() {
        let cases: [(Completeness, JSONObject)] = [
            (.complete, ["status": "complete"]),
            (.incomplete(indent: "    "), ["status": "incomplete", "indent": "    "]),
            (.invalid, ["status": "invalid"]),
            (.unknown, ["status": "unknown"]),
        ]
        for (completeness, expected) in cases {
            let harness = KernelHarness()
            harness.engine.completeness = completeness
            harness.send("is_complete_request", ["code": "x"])
            XCTAssertEqual(harness.reply()?.content, expected)
        }
    }
}
