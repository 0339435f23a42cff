import Foundation

/// A band-limited sample-rate converter: a Kaiser-windowed sinc low-pass evaluated in polyphase form.
///
/// For a rational ratio L/M (output/input rate, reduced), output sample m sits at input time
/// t = m·M/L; it is Σₖ x[k]·h(t − k) with h(x) = 2f꜀·sinc(2f꜀x)·w(x), cutoff f꜀ (cycles per input
/// sample) = ½·min(1, L/M)·0.92 and w the Kaiser window of half-width `zeroCrossings`/(2f꜀) and β = 8.6
/// (≈ 85 dB stopband; Kaiser 1974, Oppenheim & Schafer §7.5.3). The L fractional phases' taps are
/// tabulated once (normalised to unit DC gain) when L is small, otherwise computed per output sample.
public struct Resampler: Sendable {
    /// Input samples per second.
    public let inputRate: Int
    /// Output samples per second.
    public let outputRate: Int
    private let up: Int
    private let down: Int
    private let cutoff: Double
    private let halfWidth: Int
    private let table: [[Float]]?

    private static let zeroCrossings = 24.0
    private static let beta = 8.6
    private static let passbandFraction = 0.92
    private static let maximumTabulatedPhases = 2_048

    /// A converter from `inputRate` to `outputRate` Hz; rates must be positive.
    public init(from inputRate: Int, to outputRate: Int) throws {
        guard inputRate > 0 else { throw CorpusError.invalidParameter(name: "input sample rate", reason: "\(inputRate) Hz") }
        guard outputRate > 0 else { throw CorpusError.invalidParameter(name: "output sample rate", reason: "\(outputRate) Hz") }
        self.inputRate = inputRate
        self.outputRate = outputRate
        let divisor = Resampler.gcd(inputRate, outputRate)
        up = outputRate / divisor
        down = inputRate / divisor
        let cutoff = 0.5 * min(1, Double(up) / Double(down)) * Resampler.passbandFraction
        let halfWidth = Int((Resampler.zeroCrossings / (2 * cutoff)).rounded(.up))
        let phases = up
        self.cutoff = cutoff
        self.halfWidth = halfWidth
        if phases <= Resampler.maximumTabulatedPhases {
            table = (0..<phases).map { Resampler.taps(fraction: Double($0) / Double(phases), cutoff: cutoff, halfWidth: halfWidth) }
        } else {
            table = nil
        }
    }

    /// The number of output samples for `inputCount` input samples: ⌈inputCount·L/M⌉.
    public func outputCount(forInputCount inputCount: Int) -> Int {
        Resampler.outputCount(forInputCount: inputCount, from: inputRate, to: outputRate)
    }

    /// The number of samples converting `inputCount` samples from `inputRate` to `outputRate` Hz gives, without
    /// building a converter (positive rates assumed; 0 otherwise).
    public static func outputCount(forInputCount inputCount: Int, from inputRate: Int, to outputRate: Int) -> Int {
        guard inputRate > 0, outputRate > 0 else { return 0 }
        let divisor = gcd(inputRate, outputRate)
        let (up, down) = (outputRate / divisor, inputRate / divisor)
        return (inputCount * up + down - 1) / down
    }

    /// The resampled signal; samples beyond either end count as zero.
    public func process(_ input: [Float]) -> [Float] {
        let count = outputCount(forInputCount: input.count)
        var output = [Float](repeating: 0, count: count)
        input.withUnsafeBufferPointer { x in
            for m in 0..<count {
                let position = m * down
                let base = position / up
                let phase = position % up
                let taps = table?[phase] ?? Resampler.taps(fraction: Double(phase) / Double(up), cutoff: cutoff, halfWidth: halfWidth)
                var sum: Float = 0
                let first = base - halfWidth + 1
                let lower = max(0, -first)
                let upper = min(taps.count, x.count - first)
                if lower < upper {
                    for j in lower..<upper { sum += taps[j] * x[first + j] }
                }
                output[m] = sum
            }
        }
        return output
    }

    /// The 2·halfWidth taps for input samples k = base − halfWidth + 1 … base + halfWidth at output time base + `fraction`.
    static func taps(fraction: Double, cutoff: Double, halfWidth: Int) -> [Float] {
        var taps = [Double](repeating: 0, count: 2 * halfWidth)
        let denominator = besselI0(beta)
        for j in 0..<(2 * halfWidth) {
            let x = fraction + Double(halfWidth - 1 - j)
            let ratio = x / Double(halfWidth)
            guard abs(ratio) < 1 else { continue }
            let argument = 2 * cutoff * x
            let sinc = argument == 0 ? 1 : sin(Double.pi * argument) / (Double.pi * argument)
            taps[j] = 2 * cutoff * sinc * besselI0(beta * (1 - ratio * ratio).squareRoot()) / denominator
        }
        let gain = taps.reduce(0, +)
        return taps.map { Float($0 / gain) }
    }

    /// The modified Bessel function of the first kind, order 0, by its power series Σ ((x/2)ᵏ/k!)².
    static func besselI0(_ x: Double) -> Double {
        var sum = 1.0
        var term = 1.0
        let half = x / 2
        for k in 1..<64 {
            term *= half / Double(k)
            sum += term * term
            if term * term < sum * 1e-17 { break }
        }
        return sum
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
