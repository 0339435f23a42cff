/// Eight xorshift128 generators (Marsaglia 2003) side by side in SIMD lanes, seeded from one
/// `SeededRandom`: eight uniform indices per step without a branch or a scalar multiply, which is what
/// UMAP's SGD draws its negative samples from.
struct LaneRandom {
    private var s0: SIMD8<UInt32>, s1: SIMD8<UInt32>, s2: SIMD8<UInt32>, s3: SIMD8<UInt32>

    /// The lanes' states from a generator seeded with `seed` (all-zero states are practically impossible).
    init(seed: UInt64) {
        var seeder = SeededRandom(seed: seed)
        func words() -> SIMD8<UInt32> {
            var lanes = SIMD8<UInt32>()
            for lane in stride(from: 0, to: 8, by: 2) {
                let bits = seeder.next()
                lanes[lane] = UInt32(truncatingIfNeeded: bits)
                lanes[lane + 1] = UInt32(truncatingIfNeeded: bits >> 32)
            }
            return lanes
        }
        (s0, s1, s2, s3) = (words(), words(), words(), words())
    }

    /// The next 32 random bits in every lane. (Shifts and xors only: generators with a rotation, such as
    /// xoshiro128, are lowered to one scalar rotate per lane.)
    @inline(__always)
    mutating func next() -> SIMD8<UInt32> {
        let t = s0 ^ (s0 &<< 11)
        (s0, s1, s2) = (s1, s2, s3)
        s3 = (s3 ^ (s3 &>> 19)) ^ (t ^ (t &>> 8))
        return s3
    }

    /// A uniform integer in 0..<bound in every lane, held as a Float (exact, and Float lanes compare
    /// in vector instructions where Int32 lanes do not), for 1 ≤ bound ≤ 2²³. From the top 23 bits: a unit
    /// float u = 1.m − 1 ≤ 1 − 2⁻²³, so u·bound rounds below bound, then floored through 2²³ (the integer
    /// lands in the mantissa). Each value's probability is within bound/2²³ of 1/bound (0.24 % at 20,000).
    @inline(__always)
    mutating func wholeNumbers(below bound: Float) -> SIMD8<Float> {
        let scaled = (unsafeBitCast((next() &>> SIMD8(repeating: 9)) | 0x3F80_0000, to: SIMD8<Float>.self) - 1) * bound
        var whole = (scaled + 0x1p23) - 0x1p23
        whole.replace(with: whole - 1, where: whole .> scaled)
        return whole
    }

    /// The largest bound `wholeNumbers(below:)` takes.
    static let largestBound = 1 << 23
}
