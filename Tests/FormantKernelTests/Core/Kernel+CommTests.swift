import XCTest
@testable import FormantKernel

final class KernelCommTests: XCTestCase {
    func testCommInfoIsEmpty() {
        let harness = KernelHarness()
        harness.send("comm_info_request", ["target_name": "jupyter.widget"])
        XCTAssertEqual(harness.reply()?.content, ["status": "ok", "comms": [:]])
    }

    func testCommOpenToUnknownTargetIsClosed() throws {
        let harness = KernelHarness()
        harness.send("comm_open", ["comm_id": "c1", "target_name": "nowhere", "data": [:]], id: "o")
        XCTAssertTrue(harness.sent(on: .shell).isEmpty)
        XCTAssertEqual(harness.iopubTypes(), ["status:busy", "comm_close", "status:idle"])
        let close = harness.sent(on: .iopub)[1]
        XCTAssertEqual(close.content, ["comm_id": "c1", "data": [:]])
        XCTAssertEqual(close.parentHeader["msg_id"], "o")
    }

    func testCommMessagesForUnknownCommsAreIgnored() {
        let harness = KernelHarness()
        harness.send("comm_msg", ["comm_id": "c1", "data": [:]])
        harness.send("comm_close", ["comm_id": "c1", "data": [:]])
        XCTAssertTrue(harness.sent(on: .shell).isEmpty)
        XCTAssertEqual(harness.iopubTypes(), ["status:busy", "status:idle", "status:busy", "status:idle"])
    }
}
