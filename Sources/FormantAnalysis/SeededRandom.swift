import Foundation

/// A small, fast, seedable pseudo-random generator (xoshiro256**, Blackman & Vigna 2018) seeded
/// through SplitMix64, so that UMAP and the probes are reproducible for a seed on every platform.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A generator whose whole stream is determined by `seed`.
    public init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// The next 64 random bits.
    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniform double in [0, 1).
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform integer in 0..<bound (bound > 0), by Lemire's multiply-shift (negligible bias for graph sizes).
    @inline(__always)
    public mutating func index(below bound: Int) -> Int {
        Int((UInt64(truncatingIfNeeded: next() >> 32) &* UInt64(bound)) >> 32)
    }

    /// Shuffles the first `count` positions of `values` (Fisher–Yates): they become a uniform random
    /// sample of all the values, in random order.
    public mutating func shuffleLeading<T>(_ count: Int, of values: inout [T]) {
        for i in 0..<Swift.min(count, values.count) { values.swapAt(i, i + index(below: values.count - i)) }
    }

    /// A standard normal deviate (Box–Muller).
    public mutating func normal() -> Double {
        let u = Swift.max(uniform(), .leastNonzeroMagnitude)
        return (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * .pi * uniform())
    }
}
