import FormantCorpus
import FormantScript

extension CorpusBindings {
    static func registerAudio(into registry: Registry) {
        registry.type("Audio", doc: "A mono recording (samples in [-1, 1] at a sample rate); Audio.read gives 16 kHz, what models expect.") { type in
            type.staticMethod(
                "read(_ path: String) -> Audio",
                doc: """
                    Reads a WAV file (PCM 8/16/24/32-bit, float 32/64-bit, WAVE_FORMAT_EXTENSIBLE; any channel count and \
                    sample rate) as 16 kHz mono: channels averaged, then band-limited (Kaiser-windowed sinc) resampling.
                    """
            ) { arguments, _ in .native(try Audio.read(path: try arguments.string("path"))) }
            type.property("samples", type: "[Double]", doc: "The samples.") { numbers(try receiver($0, Audio.self).samples) }
            type.property("sampleRate", type: "Int", doc: "Samples per second.") { .int(try receiver($0, Audio.self).sampleRate) }
            type.property("duration", type: "Double", doc: "The length in seconds.") { .double(try receiver($0, Audio.self).duration) }
            type.property("count", type: "Int", doc: "The number of samples.") { .int(try receiver($0, Audio.self).samples.count) }
            type.method(
                "write(_ path: String, format: String = \"pcm16\")",
                doc: "Writes a mono WAV file: format \"pcm16\" (16-bit PCM, clipped to [-1, 1]) or \"float32\"."
            ) { receiverValue, arguments, _ in
                let text = try arguments.string("format", default: "pcm16") ?? "pcm16"
                guard let format = Audio.WAVWriteFormat(rawValue: text) else {
                    throw ScriptError.invalidArgument(function: arguments.signature.selector, message: "format must be \"pcm16\" or \"float32\", got \"\(text)\"")
                }
                try receiver(receiverValue, Audio.self).write(path: try arguments.string("path"), format: format)
                return .void
            }
            type.method("resampled(to rate: Int) -> Audio", doc: "The recording at another sample rate (band-limited resampling).") { receiverValue, arguments, _ in
                .native(try receiver(receiverValue, Audio.self).resampled(to: try arguments.int("rate")))
            }
            type.method("play() -> AudioPlayer", doc: "An audio player showing in the notebook (the WAV embedded in the page).") { receiverValue, _, _ in
                .native(AudioPlayer(audio: try receiver(receiverValue, Audio.self)))
            }
        }
        registry.type("AudioPlayer", doc: "An HTML audio player showing a recording in the notebook.") { _ in }
    }
}
