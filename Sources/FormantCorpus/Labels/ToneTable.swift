/// How phone labels carry tone: a trailing digit (pinyin style, `ang4`) or trailing Chao tone letters (`a˥˩`).
///
/// The default table maps digits 1–4 to the four tones and 5 or 0 to neutral, and maps the tone-letter
/// strings Montreal Forced Aligner's Mandarin models produce: `˥`/`˥˥` T1, `˧˥`/`˨˥` T2, `˨˩˦`/`˨˩˥`/`˨˩`/`˩`
/// (full and half third tone) T3, `˥˩`/`˥˧` T4, `˧`/`˨`/`˦` neutral. Letters: ˥ 5, ˦ 4, ˧ 3, ˨ 2, ˩ 1.
/// Both maps can be replaced or extended. Kaldi's word-position suffixes (`ang4_E`, `zh_B`) are removed first.
public struct ToneTable: Sendable, Equatable {
    /// Tone of a trailing digit.
    public var digits: [Character: Tone]
    /// Tone of a trailing run of Chao tone letters.
    public var toneLetters: [String: Tone]

    /// A table with the given maps.
    public init(digits: [Character: Tone], toneLetters: [String: Tone]) {
        self.digits = digits
        self.toneLetters = toneLetters
    }

    /// The documented default mapping.
    public static let standard = ToneTable(
        digits: ["1": .tone1, "2": .tone2, "3": .tone3, "4": .tone4, "5": .neutral, "0": .neutral],
        toneLetters: [
            "˥": .tone1, "˥˥": .tone1,
            "˧˥": .tone2, "˨˥": .tone2, "˧˦": .tone2,
            "˨˩˦": .tone3, "˨˩˥": .tone3, "˨˩˩": .tone3, "˨˩": .tone3, "˩": .tone3, "˩˦": .tone3,
            "˥˩": .tone4, "˥˧": .tone4, "˥˨": .tone4,
            "˧": .neutral, "˨": .neutral, "˦": .neutral,
        ])

    /// Every entry in a fixed order (`digits: 0=5 1=1 …; letters: ˥=1 …`): equal tables, equal text.
    public var fingerprint: String {
        let digitEntries = digits.map { "\($0.key)=\($0.value.rawValue)" }.sorted()
        let letterEntries = toneLetters.map { "\($0.key)=\($0.value.rawValue)" }.sorted()
        return "digits: " + digitEntries.joined(separator: " ") + "; letters: " + letterEntries.joined(separator: " ")
    }

    /// The Chao tone letters ˥ ˦ ˧ ˨ ˩.
    public static let letterScalars: Set<Unicode.Scalar> = ["\u{02E5}", "\u{02E6}", "\u{02E7}", "\u{02E8}", "\u{02E9}"]

    /// Whether `marking` is a run of Chao tone letters, the only keys `toneLetters` can match.
    public static func isToneLetterRun(_ marking: String) -> Bool {
        !marking.isEmpty && marking.unicodeScalars.allSatisfy(letterScalars.contains)
    }

    /// A label split into its toneless base and its tone; `tone` is `nil` when the label carries none
    /// (initials, silence) or an unknown tone marking (then `base` is the whole label).
    public func split(_ label: String) -> (base: String, tone: Tone?) {
        let label = ToneTable.withoutPositionSuffix(label)
        let scalars = label.unicodeScalars
        let letters = scalars.reversed().prefix { ToneTable.letterScalars.contains($0) }
        if !letters.isEmpty {
            let marking = String(String.UnicodeScalarView(letters.reversed()))
            guard let tone = toneLetters[marking] else { return (label, nil) }
            return (String(String.UnicodeScalarView(scalars.dropLast(letters.count))), tone)
        }
        if let last = label.last, label.count > 1, let tone = digits[last] {
            return (String(label.dropLast()), tone)
        }
        return (label, nil)
    }

    /// `label` without a Kaldi word-position suffix (`_B`, `_I`, `_E`, `_S`).
    static func withoutPositionSuffix(_ label: String) -> String {
        let bytes = label.utf8
        guard bytes.count > 2, bytes.dropLast().last == UInt8(ascii: "_"), let last = bytes.last,
              [UInt8(ascii: "B"), UInt8(ascii: "I"), UInt8(ascii: "E"), UInt8(ascii: "S")].contains(last)
        else { return label }
        return String(decoding: bytes.dropLast(2), as: UTF8.self)
    }

    /// The tone a label carries, if any.
    public func tone(of label: String) -> Tone? { split(label).tone }
}
