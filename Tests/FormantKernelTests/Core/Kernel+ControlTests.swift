import XCTest
@testable import FormantKernel

final class KernelControlTests: XCTestCase {
    func testInterruptRequestInterruptsTheEngineAndReplies() throws {
        let harness = KernelHarness()
        XCTAssertEqual(harness.send("interrupt_request", id: "i", on: .control), .proceed)
        XCTAssertEqual(harness.engine.interrupts, 1)
        let reply = try XCTUnwrap(harness.reply(on: .control))
        XCTAssertEqual(reply.type, "interrupt_reply")
        XCTAssertEqual(reply.content, ["status": "ok"])
    }

    func testShutdownRepliesOnControlAndIOPubAndStops() throws {
        for restart in [false, true] {
            let harness = KernelHarness()
            let disposition = harness.send("shutdown_request", ["restart": .bool(restart)], id: "s", on: .control)
            XCTAssertEqual(disposition, .shutdown(restart: restart))
            let reply = try XCTUnwrap(harness.reply(on: .control))
            XCTAssertEqual(reply.content, ["status": "ok", "restart": .bool(restart)])
            XCTAssertEqual(harness.iopubTypes(), ["status:busy", "shutdown_reply", "status:idle"])
            XCTAssertEqual(harness.engine.interrupts, 1)
        }
    }

    func testShutdownOnShellIsHonoured() {
        let harness = KernelHarness()
        XCTAssertEqual(harness.send("shutdown_request", ["restart": true]), .shutdown(restart: true))
        XCTAssertEqual(harness.reply()?.type, "shutdown_reply")
    }
}
