/// Branch-free single-precision `erf` and `exp` that the compiler vectorises, for the hot loops of
/// activations and softmax (libm's scalar calls dominated them).
extension Tensor {
    /// `erf(x)` as the rational minimax-style fit `x·P(x²)/Q(x²)` on |x| ≤ 3.92 (P of degree 6, Q of degree 4,
    /// fitted by iteratively reweighted least squares, `scripts`-free: the coefficients are below), ±1 beyond.
    /// Maximum absolute error 4·10⁻⁷ in single precision.
    @inline(__always)
    public static func erfApproximation(_ x: Float) -> Float {
        let clamped = x > 3.92 ? 3.92 : (x < -3.92 ? -3.92 : x)
        let z = clamped * clamped
        var p: Float = 2.0478810924817736e-08
        p = p * z - 1.992664422367091e-06
        p = p * z + 0.00014287315445714105
        p = p * z + 0.0036841018619600315
        p = p * z + 0.050468826661338964
        p = p * z + 0.1991115125009984
        p = p * z + 1.1283788871627825
        var q: Float = 0.0009567567790800327
        q = q * z + 0.014295107119974617
        q = q * z + 0.11466941648952234
        q = q * z + 0.509787922904556
        q = q * z + 1
        return clamped * p / q
    }

    /// `exp(x)` for x ≤ 88 as `2ⁿ·e^r`, `n = round(x/ln 2)`, `r = x − n·ln 2` (Cody–Waite split), `e^r` by its
    /// degree-6 Taylor polynomial (|r| ≤ ln 2/2, relative error < 2·10⁻⁷); inputs below −87 give ≈ 0.
    @inline(__always)
    public static func expApproximation(_ x: Float) -> Float {
        let clamped = x < -87 ? -87 : (x > 88 ? 88 : x)
        let n = (clamped * 1.4426950408889634 + 12_582_912) - 12_582_912  // round to nearest via 1.5·2²³
        let r = (clamped - n * 0.693145751953125) - n * 1.428606765330187e-06
        var p: Float = 1.0 / 720
        p = p * r + 1.0 / 120
        p = p * r + 1.0 / 24
        p = p * r + 1.0 / 6
        p = p * r + 0.5
        p = p * r + 1
        p = p * r + 1
        return p * Float(bitPattern: UInt32(bitPattern: Int32(n) &+ 127) << 23)
    }
}
