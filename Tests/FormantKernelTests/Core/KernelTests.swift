import Foundation
import XCTest
@testable import FormantKernel

final class KernelTests: XCTestCase {
    func testKernelInfoReplyOnShellAndControl() throws {
        for channel in [Channel.shell, .control] {
            let harness = KernelHarness()
            XCTAssertEqual(harness.send("kernel_info_request", id: "ki", on: channel), .proceed)
            let reply = try XCTUnwrap(harness.reply(on: channel))
            XCTAssertEqual(reply.type, "kernel_info_reply")
            XCTAssertEqual(reply.parentHeader["msg_id"], "ki")
            XCTAssertEqual(reply.identities, [harness.identity])
            XCTAssertEqual(reply.header["session"], "kernel-session")
            XCTAssertEqual(reply.content["status"], "ok")
            XCTAssertEqual(reply.content["protocol_version"], "5.4")
            XCTAssertEqual(reply.content["implementation"], "fake")
            XCTAssertEqual(reply.content["implementation_version"], "9.9")
            XCTAssertEqual(reply.content["banner"], "Fake banner")
            XCTAssertEqual(reply.content["help_links"], [["text": "Docs", "url": "https://example.org/docs"]])
            let language = try XCTUnwrap(reply.content["language_info"]?.objectValue)
            XCTAssertEqual(language["name"], "swift")
            XCTAssertEqual(language["mimetype"], "text/x-swift")
            XCTAssertEqual(language["file_extension"], ".swift")
            XCTAssertEqual(language["codemirror_mode"], "swift")
            XCTAssertEqual(language["pygments_lexer"], "swift")
        }
    }

    func testEveryRequestIsBracketedByBusyAndIdleWithItsParent() {
        let harness = KernelHarness()
        harness.send("kernel_info_request", id: "a")
        harness.send("complete_request", ["code": "x", "cursor_pos": 1], id: "b")
        harness.send("no_such_request", id: "c")
        harness.send("kernel_info_request", id: "d", on: .control)
        let statuses = harness.sent(on: .iopub).filter { $0.type == "status" }
        XCTAssertEqual(statuses.map { $0.content["execution_state"] },
                       ["busy", "idle", "busy", "idle", "busy", "idle", "busy", "idle"])
        XCTAssertEqual(statuses.map { $0.parentHeader["msg_id"] }, ["a", "a", "b", "b", "c", "c", "d", "d"])
    }

    func testBusyComesBeforeTheReplyAndIdleAfter() {
        let harness = KernelHarness()
        harness.send("kernel_info_request")
        let order = harness.sent().map { $0.channel == .iopub ? $0.message.content["execution_state"]?.stringValue ?? "" : $0.message.type }
        XCTAssertEqual(order, ["busy", "kernel_info_reply", "idle"])
    }

    func testBadSignatureIsDroppedUnansweredAndNeverExecuted() {
        let harness = KernelHarness()
        var frames = harness.frames("execute_request", ["code": "launch()"])
        frames[3] = Data(String(repeating: "0", count: 64).utf8)
        XCTAssertEqual(harness.kernel.handle(frames, from: .shell), .proceed)
        XCTAssertTrue(harness.transport.sent.isEmpty)
        XCTAssertTrue(harness.engine.executed.isEmpty)
        harness.send("kernel_info_request")
        XCTAssertEqual(harness.reply()?.type, "kernel_info_reply")
    }

    func testGarbageFramesAreDroppedAndTheKernelStillAnswers() {
        let harness = KernelHarness()
        let garbage: [[Data]] = [
            [], [Data()], [Data([0xff, 0x00, 0x13])], [WireCodec.delimiter],
            [WireCodec.delimiter, Data("sig".utf8), Data("{".utf8), Data(), Data(), Data()],
        ]
        for frames in garbage {
            XCTAssertEqual(harness.kernel.handle(frames, from: .shell), .proceed)
        }
        XCTAssertTrue(harness.transport.sent.isEmpty)
        harness.send("kernel_info_request")
        XCTAssertEqual(harness.reply()?.type, "kernel_info_reply")
    }

    func testUnknownRequestGetsAnErrorReplyAndOtherUnknownMessagesNone() throws {
        let harness = KernelHarness()
        harness.send("frobnicate_request", id: "u")
        let reply = try XCTUnwrap(harness.reply())
        XCTAssertEqual(reply.type, "frobnicate_reply")
        XCTAssertEqual(reply.content["status"], "error")
        XCTAssertEqual(reply.content["ename"], "UnknownMessageType")
        XCTAssertEqual(reply.parentHeader["msg_id"], "u")
        harness.transport.clear()
        harness.send("some_event")
        XCTAssertEqual(harness.sent(on: .shell).count, 0)
        XCTAssertEqual(harness.iopubTypes(), ["status:busy", "status:idle"])
    }

    func testExecuteOnControlIsRefused() throws {
        let harness = KernelHarness()
        harness.send("execute_request", ["code": "1"], on: .control)
        XCTAssertEqual(try XCTUnwrap(harness.reply(on: .control)).content["status"], "error")
        XCTAssertTrue(harness.engine.executed.isEmpty)
    }

    func testMalformedContentGetsAnErrorReplyNamingTheField() throws {
        let harness = KernelHarness()
        harness.send("execute_request", ["code": 42])
        let reply = try XCTUnwrap(harness.reply())
        XCTAssertEqual(reply.type, "execute_reply")
        XCTAssertEqual(reply.content["status"], "error")
        XCTAssertEqual(reply.content["ename"], "MalformedRequest")
        XCTAssertEqual(reply.content["evalue"], "execute_request: field 'code' must be a string")
        XCTAssertEqual(harness.iopubTypes(), ["status:busy", "status:idle"])
    }

    func testHugeMessageIsHandled() throws {
        let harness = KernelHarness()
        let padding = String(repeating: "x", count: 50 << 20)
        harness.send("kernel_info_request", ["padding": .string(padding)], id: "big")
        XCTAssertEqual(try XCTUnwrap(harness.reply()).parentHeader["msg_id"], "big")
    }

    func testStartIsAnnouncedWithoutParent() throws {
        let harness = KernelHarness()
        harness.kernel.announceStart()
        let status = try XCTUnwrap(harness.sent(on: .iopub).first)
        XCTAssertEqual(status.content, ["execution_state": "starting"])
        XCTAssertEqual(status.parentHeader, [:])
        XCTAssertEqual(status.identities, [Data("kernel.kernel-session.status".utf8)])
    }
}
