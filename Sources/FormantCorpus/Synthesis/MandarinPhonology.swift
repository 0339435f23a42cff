/// The Mandarin initials and finals the synthesiser speaks, with the phonetic facts it needs.
///
/// Formant values are for an adult male vocal tract (Hz; after Lee & Zee 2003, Howie 1976); speakers
/// scale them by their vocal-tract length factor. Finals list their vowel targets in order (glides and
/// diphthong ends included) and an optional nasal coda; initials give manner, place and the
/// final classes they combine with, which keeps every generated syllable a legal Mandarin syllable.
enum MandarinPhonology {
    /// Where an initial is articulated; decides which finals follow it, burst/frication spectra and loci.
    enum Place: CaseIterable {
        case labial, alveolar, velar, palatal, retroflex, dental, none
    }

    /// How an initial is produced.
    enum Manner {
        case stop(aspirated: Bool)
        case affricate(aspirated: Bool)
        case fricative(voiced: Bool)
        case nasal
        case lateral
        case none
    }

    /// A syllable onset.
    struct Initial {
        /// The pinyin spelling and phone label (`zh`), empty for the zero initial.
        let name: String
        let place: Place
        let manner: Manner
    }

    /// A vowel quality: the first three formant targets.
    struct Vowel {
        let f1: Double, f2: Double, f3: Double
    }

    /// A nasal coda.
    enum Coda {
        case alveolar, velar
    }

    /// A syllable rhyme.
    struct Final {
        /// The phone label without tone (`ang`, `v` for ü, `ix` for the apical vowel of zhi/zi).
        let name: String
        /// Vowel targets through the final, in order.
        let vowels: [Vowel]
        let coda: Coda?
        /// The places of the initials it follows (`.none` for the zero initial).
        let places: Set<Place>
        /// The spelling without an initial (`yan` for ian), when the final can stand alone.
        let zeroSpelling: String?
    }

    static let initials: [Initial] = [
        Initial(name: "b", place: .labial, manner: .stop(aspirated: false)),
        Initial(name: "p", place: .labial, manner: .stop(aspirated: true)),
        Initial(name: "m", place: .labial, manner: .nasal),
        Initial(name: "f", place: .labial, manner: .fricative(voiced: false)),
        Initial(name: "d", place: .alveolar, manner: .stop(aspirated: false)),
        Initial(name: "t", place: .alveolar, manner: .stop(aspirated: true)),
        Initial(name: "n", place: .alveolar, manner: .nasal),
        Initial(name: "l", place: .alveolar, manner: .lateral),
        Initial(name: "g", place: .velar, manner: .stop(aspirated: false)),
        Initial(name: "k", place: .velar, manner: .stop(aspirated: true)),
        Initial(name: "h", place: .velar, manner: .fricative(voiced: false)),
        Initial(name: "j", place: .palatal, manner: .affricate(aspirated: false)),
        Initial(name: "q", place: .palatal, manner: .affricate(aspirated: true)),
        Initial(name: "x", place: .palatal, manner: .fricative(voiced: false)),
        Initial(name: "zh", place: .retroflex, manner: .affricate(aspirated: false)),
        Initial(name: "ch", place: .retroflex, manner: .affricate(aspirated: true)),
        Initial(name: "sh", place: .retroflex, manner: .fricative(voiced: false)),
        Initial(name: "r", place: .retroflex, manner: .fricative(voiced: true)),
        Initial(name: "z", place: .dental, manner: .affricate(aspirated: false)),
        Initial(name: "c", place: .dental, manner: .affricate(aspirated: true)),
        Initial(name: "s", place: .dental, manner: .fricative(voiced: false)),
        Initial(name: "", place: .none, manner: .none),
    ]

    // Vowel qualities (male F1, F2, F3).
    static let a = Vowel(f1: 800, f2: 1300, f3: 2600)
    static let frontA = Vowel(f1: 750, f2: 1600, f3: 2600)
    static let backA = Vowel(f1: 750, f2: 1100, f3: 2600)
    static let o = Vowel(f1: 550, f2: 900, f3: 2500)
    static let ramsHorn = Vowel(f1: 500, f2: 1250, f3: 2600)  // ɤ of "e"
    static let schwa = Vowel(f1: 550, f2: 1350, f3: 2600)
    static let openE = Vowel(f1: 550, f2: 1850, f3: 2600)  // ɛ
    static let closeE = Vowel(f1: 450, f2: 1900, f3: 2600)  // e of ei
    static let i = Vowel(f1: 290, f2: 2250, f3: 3000)
    static let u = Vowel(f1: 320, f2: 750, f3: 2400)
    static let y = Vowel(f1: 290, f2: 1850, f3: 2300)  // ü
    static let upsilon = Vowel(f1: 380, f2: 850, f3: 2400)  // ʊ
    static let apical = Vowel(f1: 380, f2: 1500, f3: 2300)  // ɨ / ʅ
    static let rhotic = Vowel(f1: 550, f2: 1450, f3: 1750)  // ɚ

    private static let open: Set<Place> = [.labial, .alveolar, .velar, .retroflex, .dental, .none]

    static let finals: [Final] = [
        Final(name: "a", vowels: [a], coda: nil, places: open, zeroSpelling: "a"),
        Final(name: "o", vowels: [o], coda: nil, places: [.labial], zeroSpelling: nil),
        Final(name: "e", vowels: [ramsHorn], coda: nil, places: [.alveolar, .velar, .retroflex, .dental, .none], zeroSpelling: "e"),
        Final(name: "ai", vowels: [frontA, closeE], coda: nil, places: open, zeroSpelling: "ai"),
        Final(name: "ei", vowels: [closeE, i], coda: nil, places: [.labial, .alveolar, .velar, .none], zeroSpelling: "ei"),
        Final(name: "ao", vowels: [backA, upsilon], coda: nil, places: open, zeroSpelling: "ao"),
        Final(name: "ou", vowels: [o, upsilon], coda: nil, places: [.alveolar, .velar, .retroflex, .dental, .none], zeroSpelling: "ou"),
        Final(name: "an", vowels: [frontA], coda: .alveolar, places: open, zeroSpelling: "an"),
        Final(name: "en", vowels: [schwa], coda: .alveolar, places: open, zeroSpelling: "en"),
        Final(name: "ang", vowels: [backA], coda: .velar, places: open, zeroSpelling: "ang"),
        Final(name: "eng", vowels: [schwa], coda: .velar, places: [.labial, .alveolar, .velar, .retroflex, .dental], zeroSpelling: nil),
        Final(name: "ong", vowels: [upsilon], coda: .velar, places: [.alveolar, .velar, .retroflex, .dental], zeroSpelling: nil),
        Final(name: "er", vowels: [rhotic], coda: nil, places: [.none], zeroSpelling: "er"),
        Final(name: "ix", vowels: [apical], coda: nil, places: [.retroflex, .dental], zeroSpelling: nil),
        Final(name: "i", vowels: [i], coda: nil, places: [.labial, .alveolar, .palatal, .none], zeroSpelling: "yi"),
        Final(name: "ia", vowels: [i, a], coda: nil, places: [.palatal, .none], zeroSpelling: "ya"),
        Final(name: "ie", vowels: [i, openE], coda: nil, places: [.labial, .alveolar, .palatal, .none], zeroSpelling: "ye"),
        Final(name: "iao", vowels: [i, backA, upsilon], coda: nil, places: [.labial, .alveolar, .palatal, .none], zeroSpelling: "yao"),
        Final(name: "iu", vowels: [i, o, upsilon], coda: nil, places: [.alveolar, .palatal, .none], zeroSpelling: "you"),
        Final(name: "ian", vowels: [i, openE], coda: .alveolar, places: [.labial, .alveolar, .palatal, .none], zeroSpelling: "yan"),
        Final(name: "in", vowels: [i], coda: .alveolar, places: [.labial, .palatal, .none], zeroSpelling: "yin"),
        Final(name: "iang", vowels: [i, backA], coda: .velar, places: [.palatal, .none], zeroSpelling: "yang"),
        Final(name: "ing", vowels: [i], coda: .velar, places: [.labial, .alveolar, .palatal, .none], zeroSpelling: "ying"),
        Final(name: "iong", vowels: [y, upsilon], coda: .velar, places: [.palatal, .none], zeroSpelling: "yong"),
        Final(name: "u", vowels: [u], coda: nil, places: open, zeroSpelling: "wu"),
        Final(name: "ua", vowels: [u, a], coda: nil, places: [.velar, .retroflex, .none], zeroSpelling: "wa"),
        Final(name: "uo", vowels: [u, o], coda: nil, places: [.alveolar, .velar, .retroflex, .dental, .none], zeroSpelling: "wo"),
        Final(name: "uai", vowels: [u, frontA, closeE], coda: nil, places: [.velar, .retroflex, .none], zeroSpelling: "wai"),
        Final(name: "ui", vowels: [u, closeE, i], coda: nil, places: [.alveolar, .velar, .retroflex, .dental, .none], zeroSpelling: "wei"),
        Final(name: "uan", vowels: [u, frontA], coda: .alveolar, places: [.alveolar, .velar, .retroflex, .dental, .none], zeroSpelling: "wan"),
        Final(name: "un", vowels: [u, schwa], coda: .alveolar, places: [.alveolar, .velar, .retroflex, .dental, .none], zeroSpelling: "wen"),
        Final(name: "uang", vowels: [u, backA], coda: .velar, places: [.velar, .retroflex, .none], zeroSpelling: "wang"),
        Final(name: "v", vowels: [y], coda: nil, places: [.palatal, .none], zeroSpelling: "yu"),
        Final(name: "ve", vowels: [y, openE], coda: nil, places: [.palatal, .none], zeroSpelling: "yue"),
        Final(name: "van", vowels: [y, openE], coda: .alveolar, places: [.palatal, .none], zeroSpelling: "yuan"),
        Final(name: "vn", vowels: [y], coda: .alveolar, places: [.palatal, .none], zeroSpelling: "yun"),
    ]

    /// The pinyin spelling of a syllable with its tone digit (`zhang1`, `yuan2`, `ju4`, `lv3`).
    static func pinyin(_ initial: Initial, _ final: Final, tone: Tone) -> String {
        let body: String
        if initial.place == .none {
            body = final.zeroSpelling ?? final.name
        } else if initial.place == .palatal, final.name.hasPrefix("v") {
            body = initial.name + "u" + final.name.dropFirst()
        } else {
            body = initial.name + (final.name == "ix" ? "i" : final.name)
        }
        return body + String(tone.rawValue)
    }
}
