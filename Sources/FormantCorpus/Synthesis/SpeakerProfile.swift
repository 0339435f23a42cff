import RealModule

/// The voice of one synthetic speaker: sex, pitch range, vocal-tract length and voice quality.
///
/// Drawn at random around sex-specific means: male pitch floor ≈ 95 Hz and ceiling ≈ 180 Hz,
/// female ≈ 180 and ≈ 340 Hz (Chao level 1 and 5); formants scaled by the vocal-tract length
/// factor (male ≈ 1.0, female ≈ 1.17, since formants scale inversely with tract length);
/// jitter ≈ 1 %, shimmer ≈ 5 %, breathier female voices (aspiration mixed into voicing).
struct SpeakerProfile {
    let speaker: Speaker
    /// F0 of Chao level 1 (Hz).
    let pitchFloor: Double
    /// F0 of Chao level 5 (Hz).
    let pitchCeiling: Double
    /// Multiplier of every formant and noise frequency.
    let formantScale: Double
    let openQuotient: Double
    let jitter: Double
    let shimmer: Double
    /// Aspiration noise relative to voicing.
    let breathiness: Double
    /// Multiplier of segment durations (above 1 is slower).
    let tempo: Double

    /// A random speaker of `sex` with id `id`.
    static func random(id: String, sex: Sex, using random: inout SeededGenerator) -> SpeakerProfile {
        let female = sex == .female
        let floor = (female ? 180.0 : 95.0) * (1 + 0.06 * random.gaussian())
        let span = (female ? 1.9 : 1.85) * (1 + 0.06 * random.gaussian())
        return SpeakerProfile(
            speaker: Speaker(id: id, sex: sex),
            pitchFloor: floor,
            pitchCeiling: floor * max(1.5, span),
            formantScale: (female ? 1.17 : 1.0) * (1 + 0.03 * random.gaussian()),
            openQuotient: (female ? 0.68 : 0.58) + 0.03 * random.gaussian(),
            jitter: 0.008 + 0.003 * random.uniform(),
            shimmer: 0.04 + 0.03 * random.uniform(),
            breathiness: (female ? 0.10 : 0.05) * (0.7 + 0.6 * random.uniform()),
            tempo: 0.92 + 0.16 * random.uniform())
    }

    /// F0 in Hz of Chao pitch level `level` (1 low … 5 high), equally spaced on a log scale over the range.
    func frequency(ofChaoLevel level: Double) -> Double {
        pitchFloor * Double.pow(pitchCeiling / pitchFloor, (level - 1) / 4)
    }
}
