import Foundation

/// Independent acoustic measurements for checking the synthesiser: an autocorrelation pitch tracker and
/// LPC formant estimates. Written from the textbook definitions, sharing no code with the synthesiser.
enum AcousticMeasures {
    /// F0 estimates (Hz, `nil` when unvoiced) every `step` seconds over `samples` at 16 kHz: the lag in 70–500 Hz
    /// maximising the normalised autocorrelation of a 40 ms window, accepted when it exceeds 0.5.
    static func pitchTrack(_ samples: ArraySlice<Float>, step: Double = 0.01, sampleRate: Double = 16_000) -> [Double?] {
        let window = Int(0.04 * sampleRate)
        let hop = Int(step * sampleRate)
        let lags = Int(sampleRate / 500)...Int(sampleRate / 70)
        var track: [Double?] = []
        var start = samples.startIndex
        while start + window + lags.upperBound <= samples.endIndex {
            let x = samples[start..<(start + window)].map(Double.init)
            let energy0 = x.reduce(0) { $0 + $1 * $1 }
            var best: (lag: Int, r: Double) = (0, 0)
            for lag in lags {
                var dot = 0.0
                var energy = 0.0
                for i in 0..<window {
                    let y = Double(samples[start + i + lag])
                    dot += x[i] * y
                    energy += y * y
                }
                let r = dot / max(1e-12, (energy0 * energy).squareRoot())
                if r > best.r { best = (lag, r) }
            }
            track.append(best.r > 0.5 ? sampleRate / Double(best.lag) : nil)
            start += hop
        }
        return track
    }

    /// The first two formants (Hz) of a 30 ms Hamming-windowed frame centred in `samples`, as the first two
    /// peaks of the order-18 LPC envelope (autocorrelation method, Levinson–Durbin) between 150 and 4000 Hz.
    static func formants(_ samples: ArraySlice<Float>, sampleRate: Double = 16_000) -> (Double, Double)? {
        let length = Int(0.03 * sampleRate)
        guard samples.count >= length else { return nil }
        let start = samples.startIndex + (samples.count - length) / 2
        var x = (0..<length).map { Double(samples[start + $0]) * (0.54 - 0.46 * cos(2 * Double.pi * Double($0) / Double(length - 1))) }
        for i in stride(from: length - 1, to: 0, by: -1) { x[i] -= 0.97 * x[i - 1] }
        let order = 18
        let r = (0...order).map { lag in (0..<(length - lag)).reduce(0.0) { $0 + x[$1] * x[$1 + lag] } }
        guard r[0] > 0 else { return nil }
        var a = [Double](repeating: 0, count: order + 1)
        a[0] = 1
        var error = r[0]
        for i in 1...order {
            let k = -(1...i).reduce(0.0) { $0 + a[$1 - 1] * r[i - $1 + 1] } / error
            let previous = a
            for j in 1..<i { a[j] = previous[j] + k * previous[i - j] }
            a[i] = k
            error *= 1 - k * k
        }
        let frequencies = stride(from: 150.0, through: 4_000, by: 10).map { $0 }
        let envelope = frequencies.map { f -> Double in
            let w = 2 * Double.pi * f / sampleRate
            let re = (0...order).reduce(0.0) { $0 + a[$1] * cos(w * Double($1)) }
            let im = (0...order).reduce(0.0) { $0 - a[$1] * sin(w * Double($1)) }
            return 1 / (re * re + im * im)
        }
        let peaks = (1..<(envelope.count - 1)).filter { envelope[$0] > envelope[$0 - 1] && envelope[$0] >= envelope[$0 + 1] }
        guard peaks.count >= 2 else { return nil }
        return (frequencies[peaks[0]], frequencies[peaks[1]])
    }
}
