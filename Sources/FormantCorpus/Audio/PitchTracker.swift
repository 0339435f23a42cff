import Foundation

/// An autocorrelation pitch tracker (after Boersma 1993, without its Viterbi path): the F0 contour
/// shown under a waveform in `utterance.plot()`.
///
/// Each 40 ms frame (10 ms hop) is Hann-windowed; its normalised autocorrelation, divided by the
/// window's own, peaks at the period. A frame is voiced when that peak exceeds `voicingThreshold`
/// and the frame is not much quieter than the loudest one; unvoiced frames are left out.
public struct PitchTracker: Sendable {
    /// The lowest and highest F0 searched, in Hz.
    public var floor: Double
    public var ceiling: Double
    /// The least normalised autocorrelation a voiced frame reaches.
    public var voicingThreshold: Double

    /// A tracker for F0 between `floor` and `ceiling` Hz (Praat's defaults for speech: 75–600).
    public init(floor: Double = 75, ceiling: Double = 600, voicingThreshold: Double = 0.45) {
        precondition(floor > 0 && ceiling > floor, "pitch range must be positive and increasing")
        self.floor = floor
        self.ceiling = ceiling
        self.voicingThreshold = voicingThreshold
    }

    /// The voiced frames' centre times (s) and F0 values (Hz) of `audio`.
    public func track(_ audio: Audio) -> (times: [Double], frequencies: [Double]) {
        let rate = Double(audio.sampleRate)
        let length = Int(0.04 * rate)
        let hop = Int(0.01 * rate)
        let minimumLag = max(1, Int(rate / ceiling))
        let maximumLag = min(length - 1, Int(rate / floor))
        guard audio.samples.count >= length, maximumLag > minimumLag else { return ([], []) }
        let window = (0..<length).map { 0.5 - 0.5 * cos(2 * Double.pi * Double($0) / Double(length - 1)) }
        let windowCorrelation = autocorrelation(window, maximumLag: maximumLag)
        let loudest = audio.samples.reduce(0) { max($0, abs(Double($1))) }
        var times: [Double] = []
        var frequencies: [Double] = []
        for start in stride(from: 0, through: audio.samples.count - length, by: hop) {
            let mean = (0..<length).reduce(0.0) { $0 + Double(audio.samples[start + $1]) } / Double(length)
            let frame = (0..<length).map { (Double(audio.samples[start + $0]) - mean) * window[$0] }
            let peak = frame.reduce(0) { max($0, abs($1)) }
            guard peak > 0.05 * loudest else { continue }
            let correlation = autocorrelation(frame, maximumLag: maximumLag)
            guard correlation[0] > 0 else { continue }  // normalised: 1 unless the frame is silent
            guard let bestLag = period(correlation, windowCorrelation, lags: minimumLag...maximumLag) else { continue }
            times.append((Double(start) + Double(length) / 2) / rate)
            frequencies.append(rate / Double(bestLag))
        }
        return (times, frequencies)
    }

    /// The period in samples: the shortest lag whose corrected autocorrelation is a local maximum within
    /// 5 % of the best one and above the voicing threshold (preferring the shortest avoids octave errors,
    /// since every multiple of the period correlates as well), or `nil` for an unvoiced frame.
    private func period(_ correlation: [Double], _ windowCorrelation: [Double], lags: ClosedRange<Int>) -> Int? {
        let corrected = lags.map { windowCorrelation[$0] > 0 ? correlation[$0] / windowCorrelation[$0] : 0 }
        guard let best = corrected.max(), best > voicingThreshold else { return nil }
        for index in corrected.indices where corrected[index] >= 0.95 * best {
            let isPeak = (index == 0 || corrected[index] >= corrected[index - 1])
                && (index == corrected.count - 1 || corrected[index] >= corrected[index + 1])
            if isPeak { return lags.lowerBound + index }
        }
        return nil
    }

    /// r[lag] / r[0] with r[lag] = Σ x[i]·x[i+lag], for lag 0…maximumLag (all zero for silence).
    private func autocorrelation(_ x: [Double], maximumLag: Int) -> [Double] {
        var r = [Double](repeating: 0, count: maximumLag + 1)
        for lag in 0...maximumLag {
            var sum = 0.0
            for i in 0..<(x.count - lag) { sum += x[i] * x[i + lag] }
            r[lag] = sum
        }
        guard r[0] > 0 else { return r }
        return r.map { $0 / r[0] }
    }
}
