import RealModule

/// The voicing source: the time derivative of a Rosenberg glottal-flow pulse (Rosenberg 1971, type C),
/// period by period, with jitter (random period perturbation) and shimmer (random amplitude perturbation).
///
/// Flow over one period, phase φ ∈ [0, 1), opening phase up to φ = a·OQ, closing phase to OQ:
/// g = ½(1 − cos(πφ/(a·OQ))) while opening, cos(π/2 · (φ − a·OQ)/((1 − a)·OQ)) while closing, 0 when closed.
/// The derivative (which folds in lip radiation) has its sharp negative peak at closure.
struct GlottalSource {
    /// Fraction of the period the glottis is open.
    let openQuotient: Double
    /// Fraction of the open phase spent opening.
    let opening = 0.66
    /// Relative standard deviation of each period (e.g. 0.01 for 1 % jitter).
    let jitter: Double
    /// Relative standard deviation of each pulse's amplitude.
    let shimmer: Double

    private var phase = 0.0
    private var periodScale = 1.0
    private var amplitude = 1.0

    init(openQuotient: Double, jitter: Double, shimmer: Double) {
        self.openQuotient = openQuotient
        self.jitter = jitter
        self.shimmer = shimmer
    }

    /// The next sample at fundamental frequency `f0` (Hz); a new period draws its jitter and shimmer.
    mutating func next(f0: Double, sampleRate: Double, random: inout SeededGenerator) -> Float {
        phase += f0 / sampleRate / periodScale
        if phase >= 1 {
            phase -= Double(Int(phase))
            periodScale = max(0.8, 1 + jitter * random.gaussian())
            amplitude = max(0.5, 1 + shimmer * random.gaussian())
        }
        return Float(amplitude * derivative(at: phase))
    }

    /// dg/dφ, scaled so the closing peak has magnitude about 1.
    private func derivative(at phi: Double) -> Double {
        let rise = opening * openQuotient
        let fall = openQuotient - rise
        if phi < rise { return 0.5 * Double.pi / rise * Double.sin(Double.pi * phi / rise) * fall / (0.5 * Double.pi) }
        if phi < openQuotient { return -Double.sin(0.5 * Double.pi * (phi - rise) / fall) }
        return 0
    }
}
