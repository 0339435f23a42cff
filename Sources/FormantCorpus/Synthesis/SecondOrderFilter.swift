import RealModule

/// A two-pole/two-zero digital filter, y[n] = b₀x[n] + b₁x[n−1] + b₂x[n−2] + a₁y[n−1] + a₂y[n−2],
/// in the three shapes a formant synthesiser needs (Klatt 1980, J. Acoust. Soc. Am. 67, 971–995).
///
/// With r = e^(−πBT) and θ = 2πFT: the resonator has a₁ = 2r·cos θ, a₂ = −r², b₀ = 1 − a₁ − a₂ (unit DC gain);
/// the antiresonator is its inverse (a zero pair: b = (1, −a₁, −a₂)/b₀); the band-pass has
/// b₀ = −b₂ = (1 − r²)/2, about unit gain at F, for shaping noise.
struct SecondOrderFilter {
    private var b0: Float = 1, b1: Float = 0, b2: Float = 0, a1: Float = 0, a2: Float = 0
    private var x1: Float = 0, x2: Float = 0, y1: Float = 0, y2: Float = 0

    /// The filter's shape.
    enum Shape {
        case resonator, antiresonator, bandpass
    }

    let shape: Shape

    init(_ shape: Shape) { self.shape = shape }

    /// Retunes to centre frequency `frequency` and bandwidth `bandwidth` (Hz) at `sampleRate`, keeping the state.
    mutating func tune(frequency: Double, bandwidth: Double, sampleRate: Double) {
        let nyquistSafe = min(frequency, 0.48 * sampleRate)
        let r = Double.exp(-Double.pi * bandwidth / sampleRate)
        let pole1 = 2 * r * Double.cos(2 * Double.pi * nyquistSafe / sampleRate)
        let pole2 = -r * r
        switch shape {
        case .resonator:
            (b0, b1, b2, a1, a2) = (Float(1 - pole1 - pole2), 0, 0, Float(pole1), Float(pole2))
        case .antiresonator:
            let gain = 1 - pole1 - pole2
            (b0, b1, b2, a1, a2) = (Float(1 / gain), Float(-pole1 / gain), Float(-pole2 / gain), 0, 0)
        case .bandpass:
            let gain = (1 - r * r) / 2
            (b0, b1, b2, a1, a2) = (Float(gain), 0, Float(-gain), Float(pole1), Float(pole2))
        }
    }

    /// Filters one sample.
    mutating func process(_ x: Float) -> Float {
        let y = b0 * x + b1 * x1 + b2 * x2 + a1 * y1 + a2 * y2
        (x2, x1, y2, y1) = (x1, x, y1, y)
        return y
    }
}
