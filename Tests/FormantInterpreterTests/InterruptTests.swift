import FormantCore
import FormantInterpreter
import FormantScript
import Foundation
import XCTest

/// Interrupts: loops and calls poll the cancellation token; state from before survives.
final class InterruptTests: XCTestCase {
    func testCancelledTokenStopsAnEndlessLoopAtItsFirstIteration() {
        let harness = ScriptHarness()
        harness.token.cancel()
        let failure = harness.failure("var spins = 0\nwhile true { spins += 1 }")
        XCTAssertEqual(failure?.name, "Interrupted")
        XCTAssertEqual(failure?.message, "Interrupted by the user")
        harness.token.reset()
        XCTAssertEqual(harness.value("spins"), "0")
    }

    func testConcurrentCancelStopsARunningLoopAndKeepsVariables() {
        let registry = Registry()
        let started = DispatchSemaphore(value: 0)
        registry.function("started()", doc: "Tells the test the loop runs.") { _, _ in
            started.signal()
            return .void
        }
        let harness = ScriptHarness(registry: registry)
        harness.run("let before = 41")
        let finished = expectation(description: "the cell ends")
        let result = OutcomeBox()
        Thread.detachNewThread {
            result.outcome = harness.run("var n = 0\nwhile true { n += 1; if n == 1000 { started() } }")
            finished.fulfill()
        }
        XCTAssertEqual(started.wait(timeout: .now() + 30), .success)
        harness.token.cancel()
        wait(for: [finished], timeout: 30)
        guard case .failure(let failure) = result.outcome else { return XCTFail("the loop was not interrupted") }
        XCTAssertEqual(failure.name, "Interrupted")
        harness.token.reset()
        XCTAssertEqual(harness.value("before + 1"), "42")
        XCTAssertEqual(harness.value("n >= 1000"), "true")
    }

    func testCancelledTokenStopsRecursionAtTheNextCall() {
        let harness = ScriptHarness()
        harness.run("func spin(_ n: Int) -> Int { spin(n) }")
        harness.token.cancel()
        XCTAssertEqual(harness.failure("spin(1)")?.name, "Interrupted")
    }
}

/// Carries a cell's outcome from the thread that ran it.
private final class OutcomeBox: @unchecked Sendable {
    var outcome: ExecutionOutcome?
}
