import COpenBLAS
import Dispatch
import Foundation

/// How many cores Formant's numerics use, for OpenBLAS and for its own parallel loops.
///
/// The default follows `OPENBLAS_NUM_THREADS` when set, otherwise every core. Setting
/// `threadCount` changes both OpenBLAS (`openblas_set_num_threads`) and `parallelFor`.
public enum Threading {
    nonisolated(unsafe) private static var current: Int = initialThreadCount()

    /// The number of threads used by products and by element-wise loops (at least 1).
    public static var threadCount: Int {
        get { current }
        set {
            current = max(1, newValue)
            openblas_set_num_threads(Int32(current))
        }
    }

    /// `OPENBLAS_NUM_THREADS` if it holds a positive integer, else the number of active cores.
    static func initialThreadCount() -> Int {
        if let text = ProcessInfo.processInfo.environment["OPENBLAS_NUM_THREADS"], let n = Int(text), n > 0 {
            return n
        }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Runs `body(range)` over `0..<count` split into at most `threadCount` contiguous chunks,
    /// in parallel; chunks smaller than `minimumChunk` are not split further.
    public static func parallelFor(_ count: Int, minimumChunk: Int = 1, _ body: (Range<Int>) -> Void) {
        guard count > 0 else { return }
        let chunks = min(threadCount, max(1, count / max(1, minimumChunk)))
        if chunks == 1 {
            body(0..<count)
            return
        }
        let size = (count + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = chunk * size
            let upper = min(count, lower + size)
            if lower < upper { body(lower..<upper) }
        }
    }

    /// `transform(i)` for every i in `0..<count`, computed `threadCount` items at a time with every item's
    /// OpenBLAS calls running on its own thread (OpenBLAS is set to one thread meanwhile, and `parallelFor`
    /// runs inline).
    ///
    /// For several independent factorisations of moderate size (a profile's layers) this keeps every core
    /// busy, where one multithreaded call at a time leaves cores waiting in LAPACK's poorly parallel phases.
    /// `completed(n)` runs after each item, one call at a time, with the number done so far (progress and
    /// interruption). An error, from either closure, stops the items not yet started; the error of the
    /// earliest item is rethrown, the one a sequential loop would have met first.
    public static func concurrentMap<T>(
        _ count: Int, completed: (Int) throws -> Void = { _ in }, _ transform: (Int) throws -> T
    ) throws -> [T] {
        let workers = min(threadCount, count)
        guard workers > 1 else {
            return try (0..<count).map { index in
                let value = try transform(index)
                try completed(index + 1)
                return value
            }
        }
        let saved = threadCount
        threadCount = 1
        defer { threadCount = saved }
        let queue = WorkQueue(count: count)
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { slots in
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = queue.take() {
                    do {
                        slots[index] = try transform(index)
                        try queue.finish(completed)
                    } catch {
                        queue.fail(error, item: index)
                    }
                }
            }
        }
        if let failure = queue.failure { throw failure }
        return results.map { $0! }
    }
}

/// The shared state of `Threading.concurrentMap`'s workers: the next item, the count done, and the error of the
/// earliest item that failed.
private final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var next = 0, done = 0, failedItem = Int.max
    private(set) var failure: Error?

    init(count: Int) { self.count = count }

    /// The next item to compute, or nil when all are taken or one has failed.
    func take() -> Int? {
        lock.withLock {
            guard failure == nil, next < count else { return nil }
            next += 1
            return next - 1
        }
    }

    /// Counts one item done and reports it, one report at a time.
    func finish(_ completed: (Int) throws -> Void) throws {
        try lock.withLock {
            done += 1
            try completed(done)
        }
    }

    /// Keeps the error of the earliest item that failed.
    func fail(_ error: Error, item: Int) {
        lock.withLock {
            guard item < failedItem else { return }
            (failure, failedItem) = (error, item)
        }
    }
}

