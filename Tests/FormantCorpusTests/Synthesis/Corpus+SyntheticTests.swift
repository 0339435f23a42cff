import FormantCore
import XCTest
@testable import FormantCorpus

final class CorpusSyntheticTests: XCTestCase {
    /// A synthetic corpus of `speakers` × `utterances` in a fresh temporary directory.
    private func synthetic(speakers: Int, utterances: Int, seed: UInt64 = 11) throws -> (Corpus, TemporaryDirectory) {
        let directory = try TemporaryDirectory(self)
        let options = SyntheticCorpusOptions(speakers: speakers, utterancesPerSpeaker: utterances, seed: seed)
        return (try Corpus.synthetic(options, directory: directory.file("corpus")), directory)
    }

    func testRoundTripsThroughTheAishellLoaderWithItsLabels() throws {
        let (corpus, directory) = try synthetic(speakers: 10, utterances: 2)
        XCTAssertEqual(corpus.count, 20)
        XCTAssertEqual(corpus.report.skipped, [])
        XCTAssertEqual(corpus.speakers.map(\.sex), [Sex.female, .male, .female, .male, .female, .male, .female, .male, .female, .male])
        XCTAssertEqual(Set(corpus.utterances.compactMap(\.split)), [.train, .dev, .test])
        for split in CorpusSplit.allCases {
            XCTAssertEqual(Set(corpus.split(split).speakers.map(\.sex)), [.female, .male], "\(split) keeps both sexes")
        }
        for utterance in corpus.utterances {
            let duration = try utterance.duration()
            XCTAssertEqual(duration, 3, accuracy: 0.6)
            let grid = try XCTUnwrap(utterance.alignment())
            XCTAssertEqual(grid.xmax, duration, accuracy: 0.001)
            let words = try XCTUnwrap(grid.tier(named: "words")).intervals.map(\.text).filter { !$0.isEmpty }
            XCTAssertEqual(words.joined(separator: " "), utterance.transcript)
            let finals = try XCTUnwrap(grid.tier(named: "phones")).intervals.map(\.text).filter { ToneTable.standard.tone(of: $0) != nil }
            XCTAssertEqual(finals.map { $0.last }, words.map { $0.last }, "each syllable's final carries the word's tone")
        }
        let tones = try corpus.classCounts(task: .tone())
        XCTAssertTrue(tones.allSatisfy { $0 > 0 }, "every tone class occurs: \(tones)")
        XCTAssertGreaterThan(try corpus.inventory(for: .phone()).count, 30)
        let reloaded = try Corpus.aishell(path: directory.file("corpus"), alignments: directory.file("corpus/alignments"))
        XCTAssertEqual(try reloaded.labels(of: reloaded.utterance(3), task: .phone()), try corpus.labels(of: corpus.utterance(3), task: .phone()))
    }

    func testSameSeedSameCorpusOtherSeedOtherCorpus() throws {
        let (a, _) = try synthetic(speakers: 2, utterances: 2, seed: 5)
        let (b, _) = try synthetic(speakers: 2, utterances: 2, seed: 5)
        let (c, _) = try synthetic(speakers: 2, utterances: 2, seed: 6)
        for index in 0..<a.count {
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: a.utterances[index].audioPath)),
                           try Data(contentsOf: URL(fileURLWithPath: b.utterances[index].audioPath)))
            XCTAssertEqual(try a.utterances[index].alignment(), try b.utterances[index].alignment())
        }
        XCTAssertNotEqual(try a.utterances[0].alignment(), try c.utterances[0].alignment())
    }

    func testRefusesForeignDirectoriesAndBadOptions() throws {
        let directory = try TemporaryDirectory(self)
        try directory.write("mine/notes.txt", text: "keep me")
        XCTAssertThrowsError(try Corpus.synthetic(SyntheticCorpusOptions(speakers: 1, utterancesPerSpeaker: 1), directory: directory.file("mine"))) { error in
            XCTAssertTrue(String(describing: error).contains("not written by Corpus.synthetic"))
        }
        XCTAssertThrowsError(try Corpus.synthetic(SyntheticCorpusOptions(speakers: 0), directory: directory.file("x"))) { error in
            XCTAssertEqual(error as? CorpusError, .invalidParameter(name: "speakers", reason: "0 must be in 1...9999"))
        }
        _ = try Corpus.synthetic(SyntheticCorpusOptions(speakers: 1, utterancesPerSpeaker: 1), directory: directory.file("again"))
        XCTAssertEqual(try Corpus.synthetic(SyntheticCorpusOptions(speakers: 2, utterancesPerSpeaker: 1), directory: directory.file("again")).count, 2)
    }

    /// Each tone's independent pitch track has its tone's shape: level T1, rising T2, dipping (phrase-final)
    /// or low falling T3, falling T4.
    func testPitchTracksFollowTheToneShapes() throws {
        let (corpus, _) = try synthetic(speakers: 4, utterances: 4)
        var passed: [String: (ok: Int, all: Int)] = [:]
        for utterance in corpus.utterances {
            let samples = try utterance.audio().samples
            let phones = try XCTUnwrap(utterance.alignment()?.tier(named: "phones")).intervals
            for (index, interval) in phones.enumerated() {
                guard let tone = ToneTable.standard.tone(of: interval.text), tone != .neutral else { continue }
                let phraseFinal = index + 1 == phones.count || phones[index + 1].text == "sil"
                let first = Int(interval.xmin * 16_000)
                let last = min(samples.count, Int(interval.xmax * 16_000))
                guard last - first > 1_600 else { continue }
                let track = AcousticMeasures.pitchTrack(samples[first..<last]).compactMap { $0 }
                guard track.count >= 6 else { continue }
                let third = track.count / 3
                func median(_ values: ArraySlice<Double>) -> Double { values.sorted()[values.count / 2] }
                let start = median(track.prefix(third))
                let end = median(track.suffix(third))
                let middle = track.dropFirst(third).prefix(track.count - 2 * third).min() ?? 0
                let ok: Bool
                let key: String
                switch tone {
                case .tone1: (key, ok) = ("T1", abs(end / start - 1) < 0.08)
                case .tone2: (key, ok) = ("T2", end > start * 1.12)
                case .tone3 where phraseFinal: (key, ok) = ("T3 final", middle < start * 0.95 && middle < end * 0.85)
                case .tone3: (key, ok) = ("T3", end < start * 0.95)
                case .tone4: (key, ok) = ("T4", start > end * 1.3)
                case .neutral: continue
                }
                passed[key, default: (0, 0)].ok += ok ? 1 : 0
                passed[key, default: (0, 0)].all += 1
            }
        }
        for key in ["T1", "T2", "T3", "T3 final", "T4"] {
            let result = try XCTUnwrap(passed[key], "no \(key) syllables measured")
            XCTAssertGreaterThanOrEqual(result.all, 3, key)
            XCTAssertGreaterThanOrEqual(Double(result.ok) / Double(result.all), 0.85, "\(key): \(result.ok) of \(result.all)")
        }
    }

    /// Female speakers have higher F0 (every female's median above every male's) and, from LPC, higher
    /// first and second formants vowel for vowel (shorter vocal tracts; median over vowels, as LPC on
    /// high-pitched voices errs now and then).
    func testF0AndFormantsDifferBySex() throws {
        let (corpus, _) = try synthetic(speakers: 4, utterances: 5)
        var medians: [Sex: [Double]] = [:]
        var formants: [Sex: [String: [(Double, Double)]]] = [:]
        for speaker in corpus.speakers {
            var f0: [Double] = []
            for utterance in corpus.filter(speakers: [speaker.id]).utterances {
                let samples = try utterance.audio().samples
                for interval in try XCTUnwrap(utterance.alignment()?.tier(named: "phones")).intervals {
                    let (base, tone) = ToneTable.standard.split(interval.text)
                    guard tone != nil else { continue }
                    let range = Int(interval.xmin * 16_000)..<min(samples.count, Int(interval.xmax * 16_000))
                    f0 += AcousticMeasures.pitchTrack(samples[range], step: 0.03).compactMap { $0 }
                    if ["a", "e", "o", "i", "u", "v", "ix", "er"].contains(base), let measured = AcousticMeasures.formants(samples[range]) {
                        formants[speaker.sex, default: [:]][base, default: []].append(measured)
                    }
                }
            }
            medians[speaker.sex, default: []].append(f0.sorted()[f0.count / 2])
        }
        let female = try XCTUnwrap(medians[.female])
        let male = try XCTUnwrap(medians[.male])
        XCTAssertGreaterThan(female.min() ?? 0, (male.max() ?? .infinity) * 1.4, "female \(female), male \(male)")
        XCTAssertTrue(male.allSatisfy { (80...160).contains($0) }, "male medians \(male)")
        XCTAssertTrue(female.allSatisfy { (160...320).contains($0) }, "female medians \(female)")
        func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(1, values.count)) }
        let vowels = Set(formants[.female]?.keys ?? [:].keys).intersection(formants[.male]?.keys ?? [:].keys)
        XCTAssertGreaterThanOrEqual(vowels.count, 3, "vowels measured in both sexes: \(vowels)")
        let ratios = vowels.map { vowel -> (Double, Double) in
            let (f, m) = (formants[.female]?[vowel] ?? [], formants[.male]?[vowel] ?? [])
            return (mean(f.map(\.0)) / mean(m.map(\.0)), mean(f.map(\.1)) / mean(m.map(\.1)))
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        XCTAssertGreaterThan(median(ratios.map(\.1)), 1.05, "F2 female/male ratios per vowel \(ratios)")
        XCTAssertGreaterThan(median(ratios.map(\.0)), 1.05, "F1 female/male ratios per vowel \(ratios)")
    }

    /// Speech-to-noise power ratio of a synthesised utterance: power over the syllables against the leading silence.
    private func measuredSNR(_ snr: Double?) -> Double {
        var random = SeededGenerator(seed: 21)
        let profile = SpeakerProfile.random(id: "S0001", sex: .male, using: &random)
        let (audio, plan) = Corpus.synthesise(profile: profile, options: SyntheticCorpusOptions(snr: snr), random: &random)
        func power(_ range: Range<Int>) -> Double {
            range.reduce(0.0) { $0 + Double(audio.samples[$1] * audio.samples[$1]) } / Double(range.count)
        }
        let speech = plan.words.map { Int($0.xmin * 16_000)..<Int($0.xmax * 16_000) }
        let speechPower = speech.map(power).reduce(0, +) / Double(speech.count)
        let silence = power(0..<Int((plan.words.first?.xmin ?? 0.2) * 16_000) - 160)
        return 10 * log10(speechPower / max(silence, 1e-20))
    }

    func testBackgroundNoiseHasTheChosenSNR() {
        XCTAssertEqual(measuredSNR(10), 10.4, accuracy: 1.5)
        XCTAssertEqual(measuredSNR(30), 30, accuracy: 2)
        XCTAssertGreaterThan(measuredSNR(nil), 60)
    }

    func testSynthesisStopsWhenInterrupted() throws {
        let directory = try TemporaryDirectory(self)
        let token = CancellationToken()
        token.cancel()
        let context = OperationContext(progress: SilentProgress(), cancellation: token)
        XCTAssertThrowsError(try Corpus.synthetic(SyntheticCorpusOptions(speakers: 2, utterancesPerSpeaker: 2), directory: directory.file("c"), context: context)) { error in
            XCTAssertTrue(error is Interrupted, "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.file("c/data_aishell/transcript/aishell_transcript_v0.8.txt")))
    }
}
