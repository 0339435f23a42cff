import FormantCorpus
import FormantScript

extension CorpusBindings {
    /// The parameters that override the tone table, shared by `Task.tone(…)` and `Task.phone(…)`.
    static let toneTableParameters = "toneLetters: [String: Int] = [:], digits: [String: Int] = [:], replace: Bool = false, tier: String = \"phones\""

    /// What the tone-table parameters mean, for the doc comments of `Task.tone(…)` and `Task.phone(…)`.
    static let toneTableDoc = """
        `toneLetters` maps runs of Chao tone letters (˥ ˦ ˧ ˨ ˩) and `digits` maps a phone's trailing character to a \
        tone: 1–4, or 5 for the neutral tone. The entries go over the standard table (digits 1–4, 5 and 0 neutral; \
        ˥/˥˥ T1, ˧˥/˨˥/˧˦ T2, ˨˩˦/˨˩˥/˨˩˩/˨˩/˩/˩˦ T3, ˥˩/˥˧/˥˨ T4, ˧/˨/˦ neutral); `replace: true` keeps only them. \
        `tier` names the phones tier. Give Task.tone and Task.phone the same table so phones lose the same markings. \
        Embeddings are cached under the table they were labelled with.
        """

    /// The tone table the arguments `toneLetters`, `digits` and `replace` describe.
    static func toneTable(_ arguments: BoundArguments) throws -> ToneTable {
        let function = arguments.signature.selector
        var table = try arguments.bool("replace", default: false) ? ToneTable(digits: [:], toneLetters: [:]) : .standard
        for (marking, tone) in try entries("toneLetters", arguments) {
            guard ToneTable.isToneLetterRun(marking) else {
                throw ScriptError.invalidArgument(
                    function: function, message: "toneLetters: \"\(marking)\" is not a run of Chao tone letters (˥ ˦ ˧ ˨ ˩)")
            }
            table.toneLetters[marking] = tone
        }
        for (digit, tone) in try entries("digits", arguments) {
            guard let character = digit.first, digit.count == 1 else {
                throw ScriptError.invalidArgument(
                    function: function, message: "digits: \"\(digit)\" is not one character (a phone's last, as in ang4)")
            }
            table.digits[character] = tone
        }
        return table
    }

    /// The entries of the dictionary parameter `name`, each a String key and a tone number (1–4, 5 neutral).
    private static func entries(_ name: String, _ arguments: BoundArguments) throws -> [(String, Tone)] {
        guard arguments.has(name) else { return [] }
        let function = arguments.signature.selector
        guard case .dictionary(let entries) = try arguments.value(name) else {
            throw ScriptError.argumentType(
                function: function, parameter: name, expected: "[String: Int]", actual: try arguments.value(name).typeName)
        }
        return try entries.map { key, value in
            guard case .string(let text) = key, let number = value.intValue else {
                throw ScriptError.argumentType(
                    function: function, parameter: name, expected: "[String: Int]", actual: "[\(key.typeName): \(value.typeName)]")
            }
            guard let tone = Tone(rawValue: number) else {
                throw ScriptError.invalidArgument(
                    function: function, message: "\(name): \"\(text)\" maps to \(number), but tones are 1–4, or 5 for the neutral tone")
            }
            return (text, tone)
        }
    }
}
