import Foundation
@testable import FormantCorpus

/// Writes a tiny corpus in the AISHELL-1 layout: real WAVs and TextGrids, so the loader is tested on files.
enum MiniAishell {
    /// Speakers (id without S, sex, split) and utterances per speaker.
    static let speakers: [(String, String, String)] = [
        ("0001", "F", "train"), ("0002", "M", "train"), ("0003", "F", "dev"), ("0004", "M", "test"),
    ]

    /// The utterance id of speaker `speaker`'s `number`th utterance.
    static func id(_ speaker: String, _ number: Int) -> String { "BAC009S\(speaker)W\(String(format: "%04d", number))" }

    /// Writes the corpus under `directory`; each utterance lasts 1 s (first 0.2 s silence, then "ma1" or "ma4").
    static func write(in directory: TemporaryDirectory, perSpeaker: Int = 2) throws {
        var transcript = ""
        var info = ""
        for (speaker, sex, split) in speakers {
            info += "\(speaker) \(sex)\n"
            for number in 1...perSpeaker {
                let id = id(speaker, number)
                let tone = number % 2 == 1 ? "1" : "4"
                let audio = Audio(samples: WAVBytes.sine(frequency: 200, sampleRate: 16_000, count: 16_000).map(Float.init), sampleRate: 16_000)
                try audio.write(path: directory.file("data_aishell/wav/\(split)/S\(speaker)/\(id).wav"))
                let grid = TextGrid(xmin: 0, xmax: 1, tiers: [
                    TextGrid.Tier(name: "words", xmin: 0, xmax: 1, content: .intervals([
                        TextGrid.Interval(xmin: 0, xmax: 0.2, text: ""), TextGrid.Interval(xmin: 0.2, xmax: 1, text: "妈"),
                    ])),
                    TextGrid.Tier(name: "phones", xmin: 0, xmax: 1, content: .intervals([
                        TextGrid.Interval(xmin: 0, xmax: 0.2, text: "sil"), TextGrid.Interval(xmin: 0.2, xmax: 0.4, text: "m"),
                        TextGrid.Interval(xmin: 0.4, xmax: 1, text: "a" + tone),
                    ])),
                ])
                try grid.write(path: directory.file("alignments/S\(speaker)/\(id).TextGrid"), utf16: number == 2)
                transcript += "\(id) 妈\n"
            }
        }
        try directory.write("data_aishell/transcript/aishell_transcript_v0.8.txt", text: transcript)
        try directory.write("resource_aishell/speaker.info", text: info)
    }
}
