extension Corpus {
    /// The utterances of one of the corpus's own partitions (AISHELL-1's train, dev or test).
    public func split(_ split: CorpusSplit) -> Corpus {
        filter { $0.split == split }
    }

    /// Speaker-disjoint train/dev/test subsets drawn at random by speaker, separately within each sex
    /// so every part keeps the corpus's sex balance; `dev` and `test` are the fractions of speakers
    /// (each part gets at least one speaker of a sex when that sex has three or more).
    public func randomSplits(dev: Double = 0.1, test: Double = 0.1, seed: UInt64) throws -> [CorpusSplit: Corpus] {
        guard dev >= 0, test >= 0, dev + test < 1 else {
            throw CorpusError.invalidParameter(name: "split fractions", reason: "dev \(dev) and test \(test) must be ≥ 0 and sum below 1")
        }
        var generator = SeededGenerator(seed: seed)
        let assignment = Corpus.assignSplits(speakers, dev: dev, test: test, using: &generator)
        var parts: [CorpusSplit: Corpus] = [:]
        for part in CorpusSplit.allCases { parts[part] = filter { assignment[$0.speaker.id] == part } }
        return parts
    }

    /// The utterances of the speakers with the given ids.
    public func filter(speakers ids: Set<String>) -> Corpus {
        filter { ids.contains($0.speaker.id) }
    }

    /// The utterances of speakers of one sex.
    public func filter(sex: Sex) -> Corpus {
        filter { $0.speaker.sex == sex }
    }

    /// The utterances lasting between `minimum` and `maximum` seconds (reads each WAV header).
    public func filter(minimumDuration minimum: Double = 0, maximumDuration maximum: Double = .infinity) throws -> Corpus {
        try filter { utterance in
            let duration = try utterance.duration()
            return duration >= minimum && duration <= maximum
        }
    }

    /// Speaker id → partition: within each sex, speakers shuffled and the first `dev`, then `test`
    /// fractions (at least one each when a sex has three or more speakers) set apart.
    static func assignSplits(
        _ speakers: [Speaker], dev: Double, test: Double, using generator: inout SeededGenerator
    ) -> [String: CorpusSplit] {
        var assignment: [String: CorpusSplit] = [:]
        for sex in Sex.allCases {
            var group = speakers.filter { $0.sex == sex }.sorted()
            group.shuffle(using: &generator)
            let minimum = group.count >= 3 ? 1 : 0
            let devCount = dev > 0 ? max(minimum, Int((Double(group.count) * dev).rounded())) : 0
            let testCount = test > 0 ? max(minimum, Int((Double(group.count) * test).rounded())) : 0
            for (index, speaker) in group.enumerated() {
                assignment[speaker.id] = index < devCount ? .dev : index < devCount + testCount ? .test : .train
            }
        }
        return assignment
    }
}
