import RealModule

/// Chooses a random, phonotactically legal Mandarin utterance for a speaker and lays out its segments.
///
/// Syllables are drawn (final first, then a compatible initial; tones T1–T4 with some neutral tones,
/// never two T3 in a row so no sandhi hides a label), occasionally separated by pauses. Each syllable
/// becomes initial segments (closure, burst, aspiration, frication, murmur or approximant) and a final
/// whose formants glide from the initial's locus through the vowel targets into an optional nasal
/// coda, under the tone's F0 contour (with declination) in the speaker's pitch range.
struct UtterancePlanner {
    let profile: SpeakerProfile

    private typealias Phonology = MandarinPhonology

    /// One chosen syllable.
    private struct Syllable {
        let initial: Phonology.Initial
        let final: Phonology.Final
        let tone: Tone
        var pauseAfter: Bool
    }

    /// A plan lasting about `duration` seconds.
    func plan(duration: Double, random: inout SeededGenerator) -> UtterancePlan {
        let syllables = choose(speechDuration: max(0.5, duration - 0.6) / profile.tempo, random: &random)
        var plan = UtterancePlan()
        plan.restingF0 = profile.pitchFloor
        var time = random.uniform(0.25...0.35)
        var previous: Tone?
        for (index, syllable) in syllables.enumerated() {
            let isPhraseFinal = syllable.pauseAfter || index == syllables.count - 1
            time = lay(syllable, at: time, previous: previous, phraseFinal: isPhraseFinal, into: &plan, random: &random)
            previous = syllable.tone
            if syllable.pauseAfter {
                time += random.uniform(0.10...0.18)
                previous = nil
            }
        }
        plan.duration = time + random.uniform(0.25...0.35)
        return plan
    }

    private func choose(speechDuration: Double, random: inout SeededGenerator) -> [Syllable] {
        var syllables: [Syllable] = []
        var estimated = 0.0
        while estimated < speechDuration - 0.15 || syllables.isEmpty {
            let final = Phonology.finals[Int(random.next() % UInt64(Phonology.finals.count))]
            let initials = Phonology.initials.filter { final.places.contains($0.place) }
            let initial = initials[Int(random.next() % UInt64(initials.count))]
            let phraseInitial = syllables.last?.pauseAfter ?? true
            var tone = drawTone(phraseInitial: phraseInitial, random: &random)
            while tone == .tone3, !phraseInitial, syllables.last?.tone == .tone3 { tone = drawTone(phraseInitial: false, random: &random) }
            syllables.append(Syllable(initial: initial, final: final, tone: tone, pauseAfter: false))
            estimated += 0.32
            if estimated < speechDuration - 0.5, random.uniform() < 0.12 {
                syllables[syllables.count - 1].pauseAfter = true
                estimated += 0.14
            }
        }
        return syllables
    }

    private func drawTone(phraseInitial: Bool, random: inout SeededGenerator) -> Tone {
        let u = random.uniform()
        if !phraseInitial, u < 0.08 { return .neutral }
        return [Tone.tone1, .tone2, .tone3, .tone4][Int(random.next() % 4)]
    }

    /// Appends the syllable's segments and labels starting at `start`; returns its end time.
    private func lay(
        _ syllable: Syllable, at start: Double, previous: Tone?, phraseFinal: Bool,
        into plan: inout UtterancePlan, random: inout SeededGenerator
    ) -> Double {
        func jittered(_ seconds: Double) -> Double { seconds * profile.tempo * max(0.7, 1 + 0.1 * random.gaussian()) }
        let final = syllable.final
        var finalDuration = 0.17 + 0.035 * Double(final.vowels.count - 1) + (final.coda == nil ? 0 : 0.05)
        if syllable.tone == .tone3 { finalDuration *= 1.12 }
        if syllable.tone == .neutral { finalDuration *= 0.6 }
        if phraseFinal { finalDuration *= 1.35 }
        finalDuration = jittered(finalDuration)
        let contour = ToneContour(tone: syllable.tone, final: phraseFinal, previous: previous)
        let initialSegments = initialPlan(syllable.initial, jitter: jittered)
        let vowelStart = start + initialSegments.reduce(0) { $0 + $1.duration }
        let end = vowelStart + finalDuration
        let f0: (Double) -> Double = { [profile] t in
            let level = contour.level(at: (t - vowelStart) / finalDuration)
            return profile.frequency(ofChaoLevel: level) * (1 - 0.04 * t)
        }
        let vowelTrack = self.vowelTrack(final, start: vowelStart, duration: finalDuration, initial: syllable.initial)
        var time = start
        for part in initialSegments {
            let (from, to) = (time, time + part.duration)
            let shape = part.shape
            let onset = vowelTrack(vowelStart)
            plan.segments.append(PlannedSegment(start: from, end: to) { t in
                var p = shape(onset, (t - from) / (to - from))
                p.f0 = f0(t)
                return p
            })
            time = to
        }
        let onsetVoicing = syllable.initial.isSonorant ? 0.5 : 0.0
        plan.segments.append(PlannedSegment(start: vowelStart, end: end) { t in
            var p = vowelTrack(t)
            p.f0 = f0(t)
            let rise = min(1, (t - vowelStart) / 0.02)
            let decay = phraseFinal ? min(1, (end - t) / 0.06) : 1
            p.voicing *= (onsetVoicing + (1 - onsetVoicing) * rise) * decay
            return p
        })
        if !syllable.initial.name.isEmpty {
            plan.phones.append(TextGrid.Interval(xmin: start, xmax: vowelStart, text: syllable.initial.name))
        }
        plan.phones.append(TextGrid.Interval(xmin: vowelStart, xmax: end, text: final.name + String(syllable.tone.rawValue)))
        let spelled = Phonology.pinyin(syllable.initial, final, tone: syllable.tone)
        plan.words.append(TextGrid.Interval(xmin: start, xmax: end, text: spelled))
        plan.syllables.append(spelled)
        return end
    }

    // MARK: Finals

    /// Formants and voicing through the final: locus transition, vowel targets, then the nasal coda.
    private func vowelTrack(
        _ final: Phonology.Final, start: Double, duration: Double, initial: Phonology.Initial
    ) -> (Double) -> SynthesisParameters {
        let k = profile.formantScale
        let targets = breakpoints(final.vowels)
        let vocalic = final.coda == nil ? duration : duration * 0.68
        let firstVowel = final.vowels[0]
        let onset = locus(initial.place, vowel: firstVowel).map { $0 * k }
        let obstruentOnset = !initial.name.isEmpty
        let coda = final.coda.map(nasalMurmur)
        return { t in
            let tau = (t - start) / vocalic
            var formants = Self.track(targets, at: min(1, tau)).map { $0 * k }
            if obstruentOnset {
                let weight = max(0, 1 - (t - start) / 0.045)
                formants = zip(formants, onset).map { $0 + ($1 - $0) * weight }
            }
            var p = SynthesisParameters(f0: 0)
            p.voicing = 1
            p.aspiration = profile.breathiness
            p.formants = formants
            guard let coda, tau > 1 else { return p }
            return SynthesisParameters.interpolate(p, coda, min(1, (t - start - vocalic) / 0.03))
        }
    }

    /// (time, F1–F3) breakpoints for a sequence of vowel targets over normalised time.
    private func breakpoints(_ vowels: [Phonology.Vowel]) -> [(Double, [Double])] {
        let f = vowels.map { [$0.f1, $0.f2, $0.f3] }
        switch f.count {
        case 1: return [(0, f[0]), (1, f[0])]
        case 2: return [(0, f[0]), (0.3, f[0]), (0.85, f[1]), (1, f[1])]
        default: return [(0, f[0]), (0.15, f[0]), (0.5, f[1]), (0.95, f[2]), (1, f[2])]
        }
    }

    private static func track(_ points: [(Double, [Double])], at t: Double) -> [Double] {
        for (left, right) in zip(points, points.dropFirst()) where t <= right.0 {
            let w = right.0 > left.0 ? (t - left.0) / (right.0 - left.0) : 1
            return zip(left.1, right.1).map { $0 + ($1 - $0) * max(0, w) }
        }
        return points[points.count - 1].1
    }

    /// F1–F3 where the vowel's formants start after an initial at `place` (locus equation, slope 0.5).
    private func locus(_ place: Phonology.Place, vowel: Phonology.Vowel) -> [Double] {
        let f2Locus: Double
        switch place {
        case .labial: f2Locus = 900
        case .alveolar: f2Locus = 1700
        case .velar: f2Locus = min(2300, vowel.f2 + 400)
        case .palatal: f2Locus = 2200
        case .retroflex, .dental: f2Locus = 1500
        case .none: return [vowel.f1, vowel.f2, vowel.f3]
        }
        let f3 = place == .retroflex ? 1900 : vowel.f3
        return [max(250, vowel.f1 * 0.55), f2Locus + 0.5 * (vowel.f2 - f2Locus), f3]
    }

    private func nasalMurmur(_ coda: Phonology.Coda) -> SynthesisParameters {
        let k = profile.formantScale
        var p = SynthesisParameters(f0: 0)
        p.voicing = 0.35
        p.formants = (coda == .alveolar ? [280, 1600, 2600] : [280, 1100, 2400]).map { $0 * k }
        p.bandwidths = [60, 250, 300]
        p.nasalZero = (coda == .alveolar ? 1600 : 2500) * k
        return p
    }

    // MARK: Initials

    /// One segment of an initial: its length and its parameters given the vowel onset and normalised time.
    private struct InitialPart {
        let duration: Double
        let shape: (SynthesisParameters, Double) -> SynthesisParameters
    }

    private func initialPlan(_ initial: Phonology.Initial, jitter: (Double) -> Double) -> [InitialPart] {
        let k = profile.formantScale
        let (noiseFrequency, noiseBandwidth) = noiseSpectrum(initial)
        func noise(_ amplitude: Double, aspiration: Double = 0) -> (SynthesisParameters, Double) -> SynthesisParameters {
            { onset, _ in
                var p = SynthesisParameters(f0: 0)
                p.formants = onset.formants
                p.bandwidths = [250, 200, 250]
                p.frication = amplitude
                p.aspiration = aspiration
                p.fricationFrequency = noiseFrequency * k
                p.fricationBandwidth = noiseBandwidth * k
                return p
            }
        }
        let closure = InitialPart(duration: jitter(0.045)) { onset, _ in .silence(f0: onset.f0) }
        switch initial.manner {
        case .stop(let aspirated):
            let release = aspirated
                ? InitialPart(duration: jitter(0.07), shape: noise(0.05, aspiration: 0.35))
                : InitialPart(duration: jitter(0.012), shape: noise(0.03, aspiration: 0.12))
            return [closure, InitialPart(duration: 0.01, shape: noise(0.5)), release]
        case .affricate(let aspirated):
            let friction = InitialPart(duration: jitter(aspirated ? 0.095 : 0.05), shape: noise(0.45, aspiration: aspirated ? 0.1 : 0))
            return [InitialPart(duration: jitter(0.03)) { onset, _ in .silence(f0: onset.f0) }, friction]
        case .fricative(voiced: false):
            let amplitude = initial.name == "f" ? 0.12 : initial.name == "h" ? 0.12 : 0.45
            let aspiration = initial.name == "h" ? 0.8 : 0.0
            return [InitialPart(duration: jitter(0.12), shape: noise(amplitude, aspiration: aspiration))]
        case .fricative(voiced: true):
            return [InitialPart(duration: jitter(0.07)) { _, _ in
                var p = SynthesisParameters(f0: 0)
                p.voicing = 0.5
                p.frication = 0.05
                p.fricationFrequency = 2800 * k
                p.formants = [420 * k, 1350 * k, 1700 * k]
                return p
            }]
        case .nasal:
            let labial = initial.place == .labial
            return [InitialPart(duration: jitter(0.07)) { _, _ in
                var p = SynthesisParameters(f0: 0)
                p.voicing = 0.35
                p.formants = [280 * k, (labial ? 1000 : 1500) * k, 2300 * k]
                p.bandwidths = [60, 250, 300]
                p.nasalZero = (labial ? 1000 : 1600) * k
                return p
            }]
        case .lateral:
            return [InitialPart(duration: jitter(0.06)) { _, _ in
                var p = SynthesisParameters(f0: 0)
                p.voicing = 0.5
                p.formants = [360 * k, 1200 * k, 2800 * k]
                p.bandwidths = [80, 150, 200]
                return p
            }]
        case .none:
            return []
        }
    }

    /// Centre and bandwidth (male, Hz) of an initial's burst or frication noise.
    private func noiseSpectrum(_ initial: Phonology.Initial) -> (Double, Double) {
        switch initial.place {
        case .labial: return initial.name == "f" ? (4500, 5000) : (1200, 2000)
        case .alveolar: return (4000, 2000)
        case .velar: return initial.name == "h" ? (1300, 1000) : (1800, 800)
        case .palatal: return (4200, 1800)
        case .retroflex: return (3000, 1500)
        case .dental: return (6000, 2000)
        case .none: return (3000, 3000)
        }
    }
}

extension MandarinPhonology.Initial {
    /// Whether the initial is voiced throughout (nasals, l, r), so voicing continues into the final.
    var isSonorant: Bool {
        switch manner {
        case .nasal, .lateral, .fricative(voiced: true): return true
        default: return false
        }
    }
}
