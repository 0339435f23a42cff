import FormantCore
import XCTest

final class CancellationTokenTests: XCTestCase {
    func testCheckThrowsInterruptedOnlyAfterCancel() throws {
        let token = CancellationToken()
        XCTAssertNoThrow(try token.check())
        token.cancel()
        XCTAssertTrue(token.isCancelled)
        XCTAssertThrowsError(try token.check()) { error in
            XCTAssertTrue(error is Interrupted)
        }
        token.reset()
        XCTAssertNoThrow(try token.check())
    }

    func testCancelFromAnotherThreadIsSeen() {
        let token = CancellationToken()
        let done = expectation(description: "cancelled")
        DispatchQueue.global().async {
            token.cancel()
            done.fulfill()
        }
        wait(for: [done], timeout: 10)
        XCTAssertTrue(token.isCancelled)
    }
}
