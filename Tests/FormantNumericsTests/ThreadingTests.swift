import Foundation
import XCTest
@testable import FormantNumerics

final class ThreadingTests: XCTestCase {
    private struct ItemFailed: Error, Equatable { let item: Int }

    private func withThreads(_ count: Int, _ body: () throws -> Void) rethrows {
        let previous = Threading.threadCount
        defer { Threading.threadCount = previous }
        Threading.threadCount = count
        try body()
    }

    func testConcurrentMapKeepsTheOrderOfItems() throws {
        for threads in [1, 2, 3] {
            try withThreads(threads) {
                XCTAssertEqual(try Threading.concurrentMap(50) { $0 * $0 }, (0..<50).map { $0 * $0 })
                XCTAssertEqual(Threading.threadCount, threads)
            }
        }
    }

    func testConcurrentMapReportsEveryItemOnceInOrderOfCompletion() throws {
        try withThreads(2) {
            var reports: [Int] = []
            _ = try Threading.concurrentMap(20, completed: { reports.append($0) }) { $0 }
            XCTAssertEqual(reports, Array(1...20))
        }
    }

    func testItemsRunOnSingleThreadedNumericsAndTheCountIsRestored() throws {
        try withThreads(2) {
            let inside = try Threading.concurrentMap(4) { _ in Threading.threadCount }
            XCTAssertEqual(inside, [1, 1, 1, 1])
            XCTAssertEqual(Threading.threadCount, 2)
        }
    }

    func testTheEarliestFailedItemsErrorIsRethrown() throws {
        try withThreads(2) {
            XCTAssertThrowsError(try Threading.concurrentMap(8) { item -> Int in
                if item == 3 || item == 4 { throw ItemFailed(item: item) }
                return item
            }) { XCTAssertEqual($0 as? ItemFailed, ItemFailed(item: 3)) }
            XCTAssertEqual(Threading.threadCount, 2)
        }
    }

    func testAnErrorFromTheReportStopsTheItemsNotYetStarted() throws {
        try withThreads(2) {
            let started = NSLock(), count = 200
            var transformed = 0
            XCTAssertThrowsError(try Threading.concurrentMap(count, completed: { if $0 == 2 { throw ItemFailed(item: -1) } }) { item -> Int in
                started.withLock { transformed += 1 }
                return item
            }) { XCTAssertEqual($0 as? ItemFailed, ItemFailed(item: -1)) }
            XCTAssertLessThan(transformed, count)
        }
    }

    func testOneThreadRunsTheItemsInOrderOnTheCaller() throws {
        try withThreads(1) {
            var order: [Int] = []
            _ = try Threading.concurrentMap(5) { order.append($0) }
            XCTAssertEqual(order, [0, 1, 2, 3, 4])
        }
    }
}
