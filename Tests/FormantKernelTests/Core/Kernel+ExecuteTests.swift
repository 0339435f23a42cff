import Foundation
import XCTest
@testable import FormantKernel

final class KernelExecuteTests: XCTestCase {
    let failure = ExecutionError(name: "RuntimeError", value: "boom", traceback: ["line 1", "line 2"])

    func testSuccessfulCellPublishesInputOutputsResultInOrder() throws {
        let harness = KernelHarness()
        harness.engine.onExecute = { request, io in
            io.stream("stdout", "hello\n")
            io.display(DisplayData(text: ["image/svg+xml": "<svg/>", "text/plain": "fig"]), displayID: "d1")
            io.updateDisplay(DisplayData(text: ["text/plain": "fig 2"]), displayID: "d1")
            io.clearOutput(wait: true)
            return .success(DisplayData(text: ["text/plain": "2"]))
        }
        harness.send("execute_request", ["code": "x + 1"], id: "e1")
        XCTAssertEqual(harness.iopubTypes(), [
            "status:busy", "execute_input", "stream", "display_data", "update_display_data", "clear_output",
            "execute_result", "status:idle",
        ])
        let published = harness.sent(on: .iopub)
        XCTAssertTrue(published.allSatisfy { $0.parentHeader["msg_id"] == "e1" })
        XCTAssertEqual(published[1].content, ["code": "x + 1", "execution_count": 1])
        XCTAssertEqual(published[2].content, ["name": "stdout", "text": "hello\n"])
        XCTAssertEqual(published[3].content["transient"], ["display_id": "d1"])
        XCTAssertEqual(published[3].content["data"], ["image/svg+xml": "<svg/>", "text/plain": "fig"])
        XCTAssertEqual(published[4].content["transient"], ["display_id": "d1"])
        XCTAssertEqual(published[5].content, ["wait": true])
        XCTAssertEqual(published[6].content, ["execution_count": 1, "data": ["text/plain": "2"], "metadata": [:]])
        let reply = try XCTUnwrap(harness.reply())
        XCTAssertEqual(reply.content, ["status": "ok", "execution_count": 1, "user_expressions": [:], "payload": []])
        XCTAssertEqual(harness.engine.executed.first?.code, "x + 1")
        XCTAssertEqual(harness.engine.executed.first?.executionCount, 1)
    }

    func testExecutionCountAdvancesOnlyForStoredCells() throws {
        let harness = KernelHarness()
        harness.send("execute_request", ["code": "a"])
        harness.send("execute_request", ["code": "b", "store_history": false])
        harness.send("execute_request", ["code": "c", "silent": true])
        harness.send("execute_request", ["code": "d"])
        let counts = harness.sent(on: .shell).map { $0.content["execution_count"] }
        XCTAssertEqual(counts, [1, 1, 1, 2])
        XCTAssertEqual(harness.engine.executed.map(\.storeHistory), [true, false, false, true])
    }

    func testSilentCellPublishesNothingButStatus() throws {
        let harness = KernelHarness()
        harness.engine.onExecute = { _, io in
            io.stream("stdout", "hidden")
            return .success(DisplayData(text: ["text/plain": "1"]))
        }
        harness.send("execute_request", ["code": "1", "silent": true])
        XCTAssertEqual(harness.iopubTypes(), ["status:busy", "status:idle"])
        XCTAssertEqual(try XCTUnwrap(harness.reply()).content["status"], "ok")
    }

    func testFailedCellPublishesErrorAndRepliesWithIt() throws {
        let harness = KernelHarness()
        harness.engine.onExecute = { [failure] _, _ in .failure(failure) }
        harness.send("execute_request", ["code": "fail()"])
        XCTAssertEqual(harness.iopubTypes(), ["status:busy", "execute_input", "error", "status:idle"])
        let error = harness.sent(on: .iopub)[2]
        XCTAssertEqual(error.content, ["ename": "RuntimeError", "evalue": "boom", "traceback": ["line 1", "line 2"]])
        let reply = try XCTUnwrap(harness.reply())
        XCTAssertEqual(reply.content["status"], "error")
        XCTAssertEqual(reply.content["ename"], "RuntimeError")
        XCTAssertEqual(reply.content["execution_count"], 1)
    }

    func testStopOnErrorAbortsQueuedExecutesButServesOtherRequests() throws {
        let harness = KernelHarness()
        harness.engine.onExecute = { [failure] request, _ in request.code == "fail" ? .failure(failure) : .success(nil) }
        harness.transport.incoming[.shell] = [
            harness.frames("execute_request", ["code": "queued 1"], id: "q1"),
            harness.frames("kernel_info_request", id: "k"),
            harness.frames("execute_request", ["code": "queued 2"], id: "q2"),
        ]
        harness.send("execute_request", ["code": "fail"], id: "f")
        XCTAssertEqual(harness.engine.executed.map(\.code), ["fail"])
        let replies = harness.sent(on: .shell)
        XCTAssertEqual(replies.map(\.type), ["execute_reply", "execute_reply", "kernel_info_reply", "execute_reply"])
        XCTAssertEqual(replies.map { $0.parentHeader["msg_id"] }, ["f", "q1", "k", "q2"])
        XCTAssertEqual(replies.map { $0.content["status"] }, ["error", "aborted", "ok", "aborted"])
        let statuses = harness.sent(on: .iopub).filter { $0.type == "status" }
        XCTAssertEqual(statuses.count, 8)
        harness.send("execute_request", ["code": "after"])
        XCTAssertEqual(harness.engine.executed.map(\.code), ["fail", "after"])
    }

    func testWithoutStopOnErrorQueuedCellsStayQueued() {
        let harness = KernelHarness()
        harness.engine.onExecute = { [failure] _, _ in .failure(failure) }
        harness.transport.incoming[.shell] = [harness.frames("execute_request", ["code": "next"])]
        harness.send("execute_request", ["code": "fail", "stop_on_error": false])
        XCTAssertEqual(harness.transport.incoming[.shell]?.count, 1)
        XCTAssertEqual(harness.sent(on: .shell).count, 1)
    }

    func testUserExpressionsAreEvaluatedAfterTheCell() throws {
        let harness = KernelHarness()
        harness.engine.expressionValues["x"] = .success(DisplayData(text: ["text/plain": "1"]))
        harness.send("execute_request", ["code": "let x = 1", "user_expressions": ["a": "x", "b": "nope"]])
        let expressions = try XCTUnwrap(harness.reply()?.content["user_expressions"]?.objectValue)
        XCTAssertEqual(expressions["a"], ["status": "ok", "data": ["text/plain": "1"], "metadata": [:]])
        XCTAssertEqual(expressions["b"]?.objectValue?["status"], "error")
        XCTAssertEqual(expressions["b"]?.objectValue?["ename"], "NameError")
    }

    func testInputRequestGoesToTheRequesterAndReturnsTheReply() throws {
        let harness = KernelHarness()
        var answer: String?
        harness.engine.onExecute = { _, io in
            answer = try? io.input(prompt: "Name? ", password: false)
            return .success(nil)
        }
        harness.transport.onEmptyReceive = { channel in
            guard channel == .stdin else { return nil }
            return harness.frames("input_reply", ["value": "Ada"])
        }
        harness.send("execute_request", ["code": "readLine()", "allow_stdin": true], id: "e")
        XCTAssertEqual(answer, "Ada")
        let request = try XCTUnwrap(harness.sent(on: .stdin).first)
        XCTAssertEqual(request.type, "input_request")
        XCTAssertEqual(request.identities, [harness.identity])
        XCTAssertEqual(request.parentHeader["msg_id"], "e")
        XCTAssertEqual(request.content, ["prompt": "Name? ", "password": false])
    }

    func testInputWithoutStdinThrowsAClearError() {
        let harness = KernelHarness()
        var thrown: Error?
        harness.engine.onExecute = { _, io in
            do { _ = try io.input(prompt: "", password: false) } catch { thrown = error }
            return .success(nil)
        }
        harness.send("execute_request", ["code": "readLine()", "allow_stdin": false])
        XCTAssertEqual(thrown as? KernelError, .stdinNotAllowed)
        XCTAssertTrue("\(thrown!)".contains("allow_stdin"))
        XCTAssertTrue(harness.sent(on: .stdin).isEmpty)
    }

    func testInterruptEndsAWaitForInput() {
        let harness = KernelHarness()
        var thrown: Error?
        harness.engine.onExecute = { _, io in
            do { _ = try io.input(prompt: "", password: false) } catch { thrown = error }
            return .success(nil)
        }
        var polls = 0
        harness.transport.onEmptyReceive = { _ in
            polls += 1
            if polls == 2 { harness.kernel.interrupt() }
            return nil
        }
        harness.send("execute_request", ["code": "readLine()", "allow_stdin": true])
        XCTAssertEqual(thrown as? KernelError, .inputInterrupted)
        XCTAssertEqual(harness.engine.interrupts, 1)
    }

    func testStaleInterruptDoesNotLeakIntoTheNextCell() {
        let harness = KernelHarness()
        harness.kernel.interrupt()
        var answer: String?
        harness.engine.onExecute = { _, io in
            answer = try? io.input(prompt: "", password: false)
            return .success(nil)
        }
        harness.transport.incoming[.stdin] = [harness.frames("input_reply", ["value": "ok"])]
        harness.send("execute_request", ["code": "readLine()", "allow_stdin": true])
        XCTAssertEqual(answer, "ok")
    }
}
