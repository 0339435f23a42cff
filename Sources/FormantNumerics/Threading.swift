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
}
