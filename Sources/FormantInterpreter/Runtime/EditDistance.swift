/// "Did you mean" suggestions: the closest known name by Levenshtein distance.
enum EditDistance {
    /// The candidate closest to `name`, if it is close enough to be a plausible typo.
    static func suggestion(for name: String, among candidates: [String]) -> String? {
        let limit = min(max(2, name.count / 3), name.count - 1)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = levenshtein(Array(name.lowercased()), Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// The number of single-character insertions, deletions and substitutions from `a` to `b`.
    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
