@testable import FormantAnalysis
import XCTest

final class NeighborHeapsTests: XCTestCase {
    /// A heap keeps the `capacity` smallest keys offered, reports its worst once full, and lists them nearest
    /// first; the other frames' heaps are untouched.
    func testKeepsTheNearestOffers() {
        let heaps = NeighborHeaps(frames: 3, capacity: 4)
        var random = SeededRandom(seed: 4)
        var offered: [(index: Int32, key: Float)] = []
        for index in Int32(0)..<40 {
            let key = Float(random.uniform())
            offered.append((index, key))
            XCTAssertEqual(heaps.worst(1) == .infinity, heaps.count(1) < 4)
            let beatsWorst = key < heaps.worst(1)
            XCTAssertEqual(heaps.push(1, index, key: key, isNew: true), beatsWorst)
        }
        let nearest = offered.sorted { $0.key < $1.key }.prefix(4)
        XCTAssertEqual(heaps.sorted(1).map(\.index), nearest.map(\.index))
        XCTAssertEqual(heaps.worst(1), nearest.last!.key)
        XCTAssertEqual(heaps.count(0), 0)
        XCTAssertEqual(heaps.count(2), 0)
        XCTAssertTrue(heaps.contains(1, nearest.first!.index))
        XCTAssertFalse(heaps.contains(0, nearest.first!.index))
    }

    /// Entries are flagged as pushed until `markAllOld`.
    func testFlagsEntriesNewUntilMarkedOld() {
        let heaps = NeighborHeaps(frames: 2, capacity: 3)
        heaps.push(0, 7, key: 1, isNew: true)
        heaps.push(0, 8, key: 2, isNew: false)
        heaps.push(1, 9, key: 3, isNew: true)
        let flags = Dictionary(uniqueKeysWithValues: (0..<heaps.count(0)).map { (heaps.index(0, slot: $0), heaps.isNew(0, slot: $0)) })
        XCTAssertEqual(flags, [7: true, 8: false])
        heaps.markAllOld()
        XCTAssertFalse(heaps.isNew(0, slot: 0) || heaps.isNew(0, slot: 1) || heaps.isNew(1, slot: 0))
        heaps.push(1, 10, key: 0.5, isNew: true)
        XCTAssertEqual((0..<heaps.count(1)).filter { heaps.isNew(1, slot: $0) }.map { heaps.index(1, slot: $0) }, [10])
    }
}
