/// A Mandarin lexical tone: the four full tones and the neutral (light) tone.
///
/// Chao's five-level pitch numerals: T1 high level 55, T2 rising 35, T3 dipping 214 (21 before
/// another syllable), T4 falling 51; the neutral tone is short, its pitch set by the preceding tone.
public enum Tone: Int, CaseIterable, Sendable, Comparable {
    case tone1 = 1, tone2, tone3, tone4
    /// The neutral tone (written 5 or 0 in pinyin-with-digits).
    case neutral = 5

    /// The class name used in label inventories: `T1`…`T4`, `neutral`.
    public var className: String { self == .neutral ? "neutral" : "T\(rawValue)" }

    public static func < (lhs: Tone, rhs: Tone) -> Bool { lhs.rawValue < rhs.rawValue }
}
