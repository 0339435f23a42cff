/// x^y for x > 0 through a fast log₂ and exp₂ (relative error below 10⁻⁵), the hot operation of UMAP's
/// SGD, evaluated with plain arithmetic (no division, no libm) so that layouts are identical everywhere.
/// It works on eight lanes at once, since the layout computes the repulsion of eight negative samples together.
///
/// log₂ m on the mantissa m = 1 + u ∈ [1, 2) is u·P₆(u) and exp₂ f on f ∈ [−½, ½] is Q₅(f), both
/// least-squares fits on Chebyshev nodes (maximum errors 1.3·10⁻⁶ and 1.1·10⁻⁷); the exponent parts go
/// through the bit pattern, and integer parts move between float and bit pattern by adding 2²³ (so the
/// integer lands in the mantissa) rather than by conversions, which Swift's SIMD types do lane by lane.
/// Arguments outside Float's normal range are clamped.
enum FastPower {
    /// xᵢ^y in every lane.
    @inline(__always)
    static func power(_ x: SIMD8<Float>, _ y: Float) -> SIMD8<Float> { exp2(y * log2(x)) }

    /// x^y for one value.
    @inline(__always)
    static func power(_ x: Float, _ y: Float) -> Float { power(SIMD8(repeating: x), y)[0] }

    @inline(__always)
    static func log2(_ x: SIMD8<Float>) -> SIMD8<Float> {
        let bits = unsafeBitCast(x.replacing(with: .leastNormalMagnitude, where: x .< .leastNormalMagnitude), to: SIMD8<UInt32>.self)
        let exponent = unsafeBitCast((bits &>> 23) | 0x4B00_0000, to: SIMD8<Float>.self) - (0x1p23 + 127)
        let u = unsafeBitCast((bits & 0x7F_FFFF) | 0x3F80_0000, to: SIMD8<Float>.self) - 1
        let u2 = u * u, u4 = u2 * u2  // Estrin's scheme: a shorter dependency chain than Horner's
        let p = linear(1.442_693_257, -0.721_162_734, u)
            .addingProduct(u2, linear(0.477_705_931, -0.339_247_773, u))
            .addingProduct(u4, linear(0.215_588_533, -0.096_066_249, u).addingProduct(u2, 0.020_490_346))
        return exponent.addingProduct(u, p)
    }

    @inline(__always)
    static func exp2(_ y: SIMD8<Float>) -> SIMD8<Float> {
        var clamped = y  // by masks: SIMD `clamped` is not inlined
        clamped.replace(with: -126, where: y .< -126)
        clamped.replace(with: 127, where: y .> 127)
        let n = (clamped + 0x1.8p23) - 0x1.8p23, f = clamped - n
        let f2 = f * f, f4 = f2 * f2
        let q = linear(1.000_000_075, 0.693_147_207, f)
            .addingProduct(f2, linear(0.240_221_074, 0.055_503_272, f))
            .addingProduct(f4, linear(0.009_676_037, 0.001_340_043, f))
        let biased = unsafeBitCast(n + (0x1p23 + 127), to: SIMD8<UInt32>.self) & 0xFF
        let scale = unsafeBitCast(biased &<< 23, to: SIMD8<Float>.self)
        return q * scale
    }

    /// c₀ + c₁x in every lane, as one fused multiply–add.
    @inline(__always)
    private static func linear(_ c0: Float, _ c1: Float, _ x: SIMD8<Float>) -> SIMD8<Float> {
        SIMD8(repeating: c0).addingProduct(c1, x)
    }
}
