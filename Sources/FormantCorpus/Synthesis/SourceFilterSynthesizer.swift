/// Renders an utterance plan to samples with a Klatt-style cascade formant synthesiser.
///
/// Voicing (Rosenberg pulses with jitter and shimmer) plus aspiration noise excite a cascade of
/// the nasal pole/zero pair and resonators F1–F5; frication noise goes through a parallel band-pass.
/// Parameters are evaluated every 5 ms (as in Klatt 1980): filters are retuned then, amplitudes and
/// F0 are interpolated sample by sample.
struct SourceFilterSynthesizer {
    let profile: SpeakerProfile
    let sampleRate: Double

    private static let controlPeriod = 80  // samples (5 ms at 16 kHz)

    /// The samples of `plan`, unnormalised.
    func render(_ plan: UtterancePlan, random: inout SeededGenerator) -> [Float] {
        let count = Int(plan.duration * sampleRate)
        var output = [Float](repeating: 0, count: count)
        var source = GlottalSource(openQuotient: profile.openQuotient, jitter: profile.jitter, shimmer: profile.shimmer)
        var nasalPole = SecondOrderFilter(.resonator)
        var nasalZero = SecondOrderFilter(.antiresonator)
        var formants = (0..<5).map { _ in SecondOrderFilter(.resonator) }
        var fricationFilters = [SecondOrderFilter(.bandpass), SecondOrderFilter(.bandpass)]
        let k = profile.formantScale
        formants[3].tune(frequency: 3500 * k, bandwidth: 250, sampleRate: sampleRate)
        formants[4].tune(frequency: 4500 * k, bandwidth: 300, sampleRate: sampleRate)
        nasalPole.tune(frequency: SynthesisParameters.nasalPole, bandwidth: 100, sampleRate: sampleRate)
        var current = plan.parameters(at: 0)
        var frame = 0
        while frame * Self.controlPeriod < count {
            let next = plan.parameters(at: Double((frame + 1) * Self.controlPeriod) / sampleRate)
            for i in 0..<3 {
                formants[i].tune(frequency: current.formants[i], bandwidth: current.bandwidths[i], sampleRate: sampleRate)
            }
            nasalZero.tune(frequency: current.nasalZero, bandwidth: 100, sampleRate: sampleRate)
            for i in fricationFilters.indices {
                fricationFilters[i].tune(frequency: current.fricationFrequency, bandwidth: current.fricationBandwidth, sampleRate: sampleRate)
            }
            let first = frame * Self.controlPeriod
            for n in first..<min(count, first + Self.controlPeriod) {
                let w = Double(n - first) / Double(Self.controlPeriod)
                let f0 = current.f0 + (next.f0 - current.f0) * w
                let voicing = Float(current.voicing + (next.voicing - current.voicing) * w)
                let aspiration = Float(current.aspiration + (next.aspiration - current.aspiration) * w)
                let frication = Float(current.frication + (next.frication - current.frication) * w)
                let pulse = voicing > 0 ? source.next(f0: f0, sampleRate: sampleRate, random: &random) : 0
                var tract = voicing * pulse + aspiration * noise(&random) * 0.5
                tract = nasalZero.process(nasalPole.process(tract))
                for i in formants.indices { tract = formants[i].process(tract) }
                var hiss = frication * noise(&random) * 4
                for i in fricationFilters.indices { hiss = fricationFilters[i].process(hiss) }
                output[n] = tract + hiss
            }
            current = next
            frame += 1
        }
        return output
    }

    private func noise(_ random: inout SeededGenerator) -> Float {
        Float(random.uniform() * 2 - 1)
    }
}
