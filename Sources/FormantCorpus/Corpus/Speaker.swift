/// A speaker's sex as corpora record it (AISHELL-1's speaker.info: `F` or `M`).
public enum Sex: String, CaseIterable, Sendable, Comparable {
    case female = "F"
    case male = "M"

    /// Reads `F`/`M` or `female`/`male` in any case.
    public init?(code: String) {
        switch code.lowercased() {
        case "f", "female": self = .female
        case "m", "male": self = .male
        default: return nil
        }
    }

    public static func < (lhs: Sex, rhs: Sex) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A corpus speaker: an id (`S0002`) and a sex.
public struct Speaker: Hashable, Sendable, Comparable {
    /// The speaker id as in directory names (`S0002`).
    public let id: String
    /// The speaker's sex.
    public let sex: Sex

    /// A speaker `id` of `sex`.
    public init(id: String, sex: Sex) {
        self.id = id
        self.sex = sex
    }

    public static func < (lhs: Speaker, rhs: Speaker) -> Bool { lhs.id < rhs.id }
}

/// The partitions AISHELL-1 ships, speaker-disjoint.
public enum CorpusSplit: String, CaseIterable, Sendable {
    case train, dev, test
}

extension Sex: CustomStringConvertible {
    /// `F` or `M`.
    public var description: String { rawValue }
}

extension Speaker: CustomStringConvertible {
    /// `S0002 (F)`.
    public var description: String { "\(id) (\(sex.rawValue))" }
}

extension CorpusSplit: CustomStringConvertible {
    /// `train`, `dev` or `test`.
    public var description: String { rawValue }
}
