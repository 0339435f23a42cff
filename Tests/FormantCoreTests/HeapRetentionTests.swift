import FormantCore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

final class HeapRetentionTests: XCTestCase {
    func testFreedBlocksAreReusedWithoutPageFaults() throws {
        #if canImport(Glibc)
        XCTAssertTrue(HeapRetention.apply())
        // 100 MB in blocks of 10 MB: with glibc's defaults they are either unmapped on free or trimmed from the
        // heap (over 64 MB free), and filling them again faults about 25,600 pages.
        XCTAssertLessThan(minorFaultsOfRefilling(blocks: 10, megabytes: 10), 256)
        #else
        throw XCTSkip("heap retention is tuned for glibc only")
        #endif
    }

    #if canImport(Glibc)
    /// Minor page faults of the second of two rounds that fill `blocks` blocks of `megabytes` and free them.
    private func minorFaultsOfRefilling(blocks: Int, megabytes: Int) -> Int {
        func fillAndFree() {
            let count = megabytes << 20
            let filled = (0..<blocks).map { _ -> UnsafeMutablePointer<UInt8> in
                let block = UnsafeMutablePointer<UInt8>.allocate(capacity: count)
                block.initialize(repeating: 1, count: count)
                return block
            }
            for block in filled { block.deallocate() }
        }
        fillAndFree()
        var before = rusage(), after = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &before)
        fillAndFree()
        getrusage(Int32(RUSAGE_SELF.rawValue), &after)
        return after.ru_minflt - before.ru_minflt
    }
    #endif
}
