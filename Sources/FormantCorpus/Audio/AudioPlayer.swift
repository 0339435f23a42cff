import Foundation
import FormantCore

/// A recording shown as an HTML audio player in a notebook, the WAV embedded as base64, so a user can listen.
public struct AudioPlayer: RichDisplayable, Sendable {
    /// What is played.
    public let audio: Audio
    /// A caption shown above the player (an utterance id and transcript, say).
    public let caption: String

    /// A player for `audio` with an optional caption.
    public init(audio: Audio, caption: String = "") {
        self.audio = audio
        self.caption = caption
    }

    public var mimeBundle: MIMEBundle {
        let seconds = String(format: "%.2f", audio.duration)
        let plain = "Audio (\(seconds) s, \(audio.sampleRate) Hz)" + (caption.isEmpty ? "" : ": \(caption)")
        let source = "data:audio/wav;base64," + audio.wavData(format: .pcm16).base64EncodedString()
        let heading = caption.isEmpty ? "" : "<div style=\"font-family:sans-serif;font-size:12px\">\(caption.htmlEscaped)</div>"
        return MIMEBundle(plain: plain, html: "\(heading)<audio controls preload=\"auto\" src=\"\(source)\"></audio>")
    }
}
