import Foundation
import FormantCore

extension Utterance: RichDisplayable {
    /// A one-row summary: id, speaker and sex, duration, transcript.
    public var mimeBundle: MIMEBundle {
        let duration = (try? self.duration()).map { String(format: "%.2f s", $0) } ?? "unreadable audio"
        let plain = "Utterance \(id) — \(speaker.id) (\(speaker.sex.rawValue)), \(duration): \(transcript)"
        let cells = [id, "\(speaker.id) (\(speaker.sex.rawValue))", duration, transcript].map { "<td>\($0.htmlEscaped)</td>" }
        return MIMEBundle(plain: plain, html: "<table><tr><th>utterance</th><th>speaker</th><th>duration</th><th>transcript</th></tr><tr>\(cells.joined())</tr></table>")
    }

    /// A player for the recording, captioned with the id and transcript.
    public func player() throws -> AudioPlayer {
        AudioPlayer(audio: try audio(), caption: "\(id) (\(speaker.id), \(speaker.sex.rawValue)): \(transcript)")
    }
}
