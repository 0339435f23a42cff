import FormantCorpus
import FormantScript

// The script type names of the corpus library's values; their members are registered in `CorpusBindings+*.swift`.

extension Corpus: ScriptNative {
    public static var scriptTypeName: String { "Corpus" }
}

extension Utterance: ScriptNative {
    public static var scriptTypeName: String { "Utterance" }
}

extension Audio: ScriptNative {
    public static var scriptTypeName: String { "Audio" }
}

extension AudioPlayer: ScriptNative {
    public static var scriptTypeName: String { "AudioPlayer" }
}

extension LabelTask: ScriptNative {
    public static var scriptTypeName: String { "Task" }
}

extension Speaker: ScriptNative {
    public static var scriptTypeName: String { "Speaker" }
}

extension Sex: ScriptNative {
    public static var scriptTypeName: String { "Sex" }
}

extension CorpusSplit: ScriptNative {
    public static var scriptTypeName: String { "Split" }
}

extension LoadReport: ScriptNative {
    public static var scriptTypeName: String { "LoadReport" }
}
