import FormantCorpus
import FormantScript

/// Audio, corpora, utterances and labelling tasks in the script language: `Audio.read`, `Corpus.aishell`,
/// `Corpus.synthetic`, `corpus.split`, `corpus.filter { … }`, `utterance.labels(.tone)`, `Task.tier`, ….
public enum CorpusBindings {
    /// Registers the corpus library's types into `registry`.
    public static func register(into registry: Registry) {
        registerAudio(into: registry)
        registerCorpus(into: registry)
        registerUtterance(into: registry)
        registerTask(into: registry)
        registerVocabulary(into: registry)
    }

    /// The receiver of a method or property as the library type `T`.
    static func receiver<T: ScriptNative>(_ value: Value, _ type: T.Type) throws -> T {
        guard let object = value.native(as: T.self) else {
            throw ScriptError.runtime(kind: "TypeError", message: "expected a \(T.scriptTypeName), got \(value.typeName)")
        }
        return object
    }

    /// Samples as a script array of numbers.
    static func numbers(_ samples: [Float]) -> Value { .array(samples.map { .double(Double($0)) }) }

    /// Parameter `name` as a value of the enumeration `T`, given as its implicit member (`.train`) or its name.
    static func choice<T: ScriptNative>(
        _ arguments: BoundArguments, _ name: String, _ type: T.Type, parse: (String) -> T?, known: [String]
    ) throws -> T {
        let value = try arguments.value(name)
        if let native = value.native(as: T.self) { return native }
        if let text = value.stringValue, let parsed = parse(text) { return parsed }
        throw ScriptError.invalidArgument(
            function: arguments.signature.selector,
            message: "\(name) must be one of \(known.map { "." + $0 }.joined(separator: ", ")), got \(value.debugText)")
    }
}
