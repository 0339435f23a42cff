/// The control parameters of the source-filter synthesiser at one instant (a subset of Klatt's 1980 set).
struct SynthesisParameters {
    /// Fundamental frequency (Hz).
    var f0: Double
    /// Voicing amplitude (AV, linear, 1 = full vowel).
    var voicing: Double = 0
    /// Aspiration amplitude (AH): noise through the vocal-tract filter.
    var aspiration: Double = 0
    /// Frication amplitude (AF): noise through the frication band-pass.
    var frication: Double = 0
    /// Centre and bandwidth of the frication band-pass (Hz).
    var fricationFrequency: Double = 4000
    var fricationBandwidth: Double = 2000
    /// Formant frequencies F1–F3 and their bandwidths (Hz).
    var formants: [Double] = [500, 1500, 2500]
    var bandwidths: [Double] = [90, 110, 170]
    /// Nasal zero frequency (Hz); equal to the nasal pole (`nasalPole`) when the velum is closed, cancelling it.
    var nasalZero: Double = SynthesisParameters.nasalPole

    /// The nasal pole frequency (Hz), fixed as in Klatt's cascade.
    static let nasalPole = 270.0

    /// Silence at pitch `f0`.
    static func silence(f0: Double) -> SynthesisParameters { SynthesisParameters(f0: f0) }

    /// The parameters a fraction `t` (0…1) of the way from `a` to `b`.
    static func interpolate(_ a: SynthesisParameters, _ b: SynthesisParameters, _ t: Double) -> SynthesisParameters {
        func mix(_ x: Double, _ y: Double) -> Double { x + (y - x) * t }
        var p = SynthesisParameters(f0: mix(a.f0, b.f0))
        p.voicing = mix(a.voicing, b.voicing)
        p.aspiration = mix(a.aspiration, b.aspiration)
        p.frication = mix(a.frication, b.frication)
        p.fricationFrequency = mix(a.fricationFrequency, b.fricationFrequency)
        p.fricationBandwidth = mix(a.fricationBandwidth, b.fricationBandwidth)
        p.formants = zip(a.formants, b.formants).map(mix)
        p.bandwidths = zip(a.bandwidths, b.bandwidths).map(mix)
        p.nasalZero = mix(a.nasalZero, b.nasalZero)
        return p
    }
}
