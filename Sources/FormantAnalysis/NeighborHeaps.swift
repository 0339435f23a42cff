/// NN-descent's working set: for every frame, a bounded max-heap of its nearest frames found so far, each entry
/// flagged new until the round after it arrived (pynndescent's flagged heaps).
///
/// All heaps share three flat buffers (frames × capacity keys, indices and flags) rather than three arrays each:
/// a heap is then found by arithmetic, and updating one costs no reference counting or uniqueness checks, which
/// made up much of the search's bookkeeping. Tasks may update different frames' heaps at the same time.
final class NeighborHeaps: @unchecked Sendable {
    /// The number of heaps.
    let frames: Int
    /// The most entries a heap keeps (k).
    let capacity: Int
    private let keys: UnsafeMutableBufferPointer<Float>
    private let indices: UnsafeMutableBufferPointer<Int32>
    private let flags: UnsafeMutableBufferPointer<Bool>
    private let counts: UnsafeMutableBufferPointer<Int32>

    /// `frames` empty heaps of at most `capacity` entries.
    init(frames: Int, capacity: Int) {
        precondition(capacity > 0, "a heap holds at least one entry")
        (self.frames, self.capacity) = (frames, capacity)
        keys = .allocate(capacity: frames * capacity)
        indices = .allocate(capacity: frames * capacity)
        flags = .allocate(capacity: frames * capacity)
        counts = .copying([Int32](repeating: 0, count: frames))
    }

    deinit {
        keys.deallocate()
        indices.deallocate()
        flags.deallocate()
        counts.deallocate()
    }

    /// The number of entries in `frame`'s heap.
    @inline(__always)
    func count(_ frame: Int) -> Int { Int(counts[frame]) }

    /// The largest key `frame`'s heap keeps, or infinity while it is not full (any offer is then taken).
    @inline(__always)
    func worst(_ frame: Int) -> Float { count(frame) < capacity ? .infinity : keys[frame * capacity] }

    /// The frame in slot `slot` of `frame`'s heap.
    @inline(__always)
    func index(_ frame: Int, slot: Int) -> Int32 { indices[frame * capacity + slot] }

    /// Whether the entry in slot `slot` of `frame`'s heap arrived since the last `markAllOld`.
    @inline(__always)
    func isNew(_ frame: Int, slot: Int) -> Bool { flags[frame * capacity + slot] }

    /// Whether `frame`'s heap holds `candidate`.
    @inline(__always)
    func contains(_ frame: Int, _ candidate: Int32) -> Bool {
        let base = frame * capacity
        for slot in 0..<count(frame) where indices[base + slot] == candidate { return true }
        return false
    }

    /// Flags every entry of every heap old.
    func markAllOld() { flags.update(repeating: false) }

    /// Adds `candidate` at distance `key` to `frame`'s heap if the heap is not full or `key` beats its worst
    /// entry (which it then replaces); returns whether it was added. Does not check for duplicates (`contains`).
    @discardableResult
    func push(_ frame: Int, _ candidate: Int32, key: Float, isNew: Bool) -> Bool {
        let base = frame * capacity, count = self.count(frame)
        if count < capacity {
            set(base + count, key: key, index: candidate, isNew: isNew)
            counts[frame] += 1
            siftUp(base: base, from: count)
            return true
        }
        guard key < keys[base] else { return false }
        set(base, key: key, index: candidate, isNew: isNew)
        siftDown(base: base, count: count)
        return true
    }

    /// The entries of `frame`'s heap, nearest first (ties by index).
    func sorted(_ frame: Int) -> [(index: Int32, key: Float)] {
        let base = frame * capacity
        return (0..<count(frame)).map { (index: indices[base + $0], key: keys[base + $0]) }
            .sorted { $0.key < $1.key || ($0.key == $1.key && $0.index < $1.index) }
    }

    @inline(__always)
    private func set(_ position: Int, key: Float, index: Int32, isNew: Bool) {
        keys[position] = key
        indices[position] = index
        flags[position] = isNew
    }

    @inline(__always)
    private func swapEntries(_ a: Int, _ b: Int) {
        keys.swapAt(a, b)
        indices.swapAt(a, b)
        flags.swapAt(a, b)
    }

    private func siftUp(base: Int, from start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard keys[base + parent] < keys[base + child] else { return }
            swapEntries(base + parent, base + child)
            child = parent
        }
    }

    private func siftDown(base: Int, count: Int) {
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var largest = parent
            if left < count, keys[base + left] > keys[base + largest] { largest = left }
            if right < count, keys[base + right] > keys[base + largest] { largest = right }
            if largest == parent { return }
            swapEntries(base + parent, base + largest)
            parent = largest
        }
    }
}
