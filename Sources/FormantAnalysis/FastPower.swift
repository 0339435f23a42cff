/// x^y for x > 0 through a fast log₂ and exp₂ (relative error below 10⁻⁵), the hot operation of UMAP's
/// SGD, evaluated with plain arithmetic so that layouts are identical on every platform.
///
/// log₂ m on the mantissa m ∈ [1, 2) uses the series 2/ln 2 · (t + t³/3 + t⁵/5 + t⁷/7 + t⁹/9),
/// t = (m − 1)/(m + 1); exp₂ f on f ∈ [−½, ½] uses its degree-6 Taylor polynomial; the exponent parts
/// go through the bit pattern. Arguments outside Float's normal range are clamped.
enum FastPower {
    @inline(__always)
    static func power(_ x: Float, _ y: Float) -> Float { exp2(y * log2(x)) }

    @inline(__always)
    static func log2(_ x: Float) -> Float {
        let bits = Swift.max(x, .leastNormalMagnitude).bitPattern
        let exponent = Float(Int32(bitPattern: (bits >> 23) & 0xFF) - 127)
        let m = Float(bitPattern: (bits & 0x7F_FFFF) | 0x3F80_0000)
        let t = (m - 1) / (m + 1), t2 = t * t
        let series = t * (1 + t2 * (1 / 3 + t2 * (1 / 5 + t2 * (1 / 7 + t2 / 9))))
        return exponent + 2.885_390_081_777_927 * series
    }

    @inline(__always)
    static func exp2(_ y: Float) -> Float {
        let clamped = Swift.min(Swift.max(y, -126), 127)
        let n = Float(Int32(clamped + (clamped < 0 ? -0.5 : 0.5))), f = (clamped - n) * 0.693_147_180_559_945_3
        let p = 1 + f * (1 + f * (0.5 + f * (1 / 6 + f * (1 / 24 + f * (1 / 120 + f / 720)))))
        return p * Float(bitPattern: UInt32(Int32(n) + 127) << 23)
    }
}
