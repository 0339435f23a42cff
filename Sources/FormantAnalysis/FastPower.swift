/// x^y for x > 0 through a fast log₂ and exp₂ (relative error below 10⁻⁵), the hot operation of UMAP's
/// SGD, evaluated with plain arithmetic (no division, no libm) so that layouts are identical everywhere.
///
/// log₂ m on the mantissa m = 1 + u ∈ [1, 2) is u·P₆(u) and exp₂ f on f ∈ [−½, ½] is Q₅(f), both
/// least-squares fits on Chebyshev nodes (maximum errors 1.3·10⁻⁶ and 1.1·10⁻⁷); the exponent parts go
/// through the bit pattern. Arguments outside Float's normal range are clamped.
enum FastPower {
    @inline(__always)
    static func power(_ x: Float, _ y: Float) -> Float { exp2(y * log2(x)) }

    @inline(__always)
    static func log2(_ x: Float) -> Float {
        let bits = Swift.max(x, .leastNormalMagnitude).bitPattern
        let exponent = Float(Int32(bitPattern: (bits >> 23) & 0xFF) - 127)
        let u = Float(bitPattern: (bits & 0x7F_FFFF) | 0x3F80_0000) - 1
        let p = 1.442_693_257 + u * (-0.721_162_734 + u * (0.477_705_931 + u * (-0.339_247_773
            + u * (0.215_588_533 + u * (-0.096_066_249 + u * 0.020_490_346)))))
        return exponent + u * p
    }

    @inline(__always)
    static func exp2(_ y: Float) -> Float {
        let clamped = Swift.min(Swift.max(y, -126), 127)
        let n = Float(Int32(clamped + (clamped < 0 ? -0.5 : 0.5))), f = clamped - n
        let q = 1.000_000_075 + f * (0.693_147_207 + f * (0.240_221_074 + f * (0.055_503_272 + f * (0.009_676_037 + f * 0.001_340_043))))
        return q * Float(bitPattern: UInt32(Int32(n) + 127) << 23)
    }
}
