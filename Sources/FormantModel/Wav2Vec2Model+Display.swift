import FormantCore
import Foundation

extension Wav2Vec2Model: RichDisplayable, CustomStringConvertible {
    /// A summary table: architecture, size, shape, normalisation, preprocessing and where the weights came from.
    public var mimeBundle: MIMEBundle {
        MIMEBundle(plain: description, html: "<table class=\"formant-model\">\(SummaryTable.htmlRows(summary))</table>")
    }

    /// One line per summary entry.
    public var description: String {
        summary.map { "\($0.0): \($0.1)" }.joined(separator: "\n")
    }

    /// The summary entries, in display order.
    public var summary: [(String, String)] {
        let c = configuration
        let hop = Double(c.hopLength) / Double(preprocessing.samplingRate) * 1000
        var entries: [(String, String)] = [
            ("Architecture", architectureName + (isRandom ? " (random, untrained)" : "")),
            ("Parameters", Self.millions(parameterCount)),
            ("Layers", "\(layerCount) transformer layers, hidden states 0…\(layerCount)"),
            ("Width", "\(c.hiddenSize) (\(c.numAttentionHeads) heads, feed-forward \(c.intermediateSize), \(c.hiddenAct))"),
            ("Feature encoder", "\(c.convDim.count) convolutions, \(c.convDim.last ?? 0) channels, \(c.featExtractNorm) norm, hop \(String(format: "%g", hop)) ms"),
            ("Layer norm", c.doStableLayerNorm ? "stable (pre-LN)" : "post-LN"),
            ("Input", preprocessing.doNormalize ? "normalised to zero mean, unit variance" : "raw samples"),
        ]
        switch origin {
        case .checkpoint(let directory, let files):
            entries.append(("Source", directory + " (" + files.joined(separator: ", ") + ")"))
        case .random(let seed):
            entries.append(("Source", "random, untrained (seed \(seed))"))
        }
        if !heads.isEmpty { entries.append(("Heads (unused)", heads.keys.sorted().joined(separator: ", "))) }
        return entries
    }

    private static func millions(_ count: Int) -> String {
        count >= 1_000_000 ? String(format: "%.1f M", Double(count) / 1e6) : "\(count)"
    }
}

extension Wav2Vec2Configuration: RichDisplayable {
    /// The configuration as `config.json` names it, one key per row.
    public var mimeBundle: MIMEBundle {
        let pairs = Self.displayPairs(self)
        let plain = pairs.map { "\($0.0): \($0.1)" }.joined(separator: "\n")
        return MIMEBundle(plain: plain, html: "<table class=\"formant-config\">\(SummaryTable.htmlRows(pairs))</table>")
    }

    /// Key/value pairs in `config.json` spelling, sorted by key.
    static func displayPairs(_ configuration: Wav2Vec2Configuration) -> [(String, String)] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(configuration),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [] }
        return object.keys.sorted().map { key in
            let value = object[key].flatMap { value -> String? in
                guard JSONSerialization.isValidJSONObject([value]),
                      let json = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys]) else { return nil }
                return String(decoding: json, as: UTF8.self).dropFirst().dropLast().description
            }
            return (key, value ?? "null")
        }
    }
}
