import Foundation

extension TextGrid {
    /// The TextGrid in Praat's long text format.
    public var longText: String {
        var lines = [
            "File type = \"ooTextFile\"", "Object class = \"TextGrid\"", "",
            "xmin = \(Self.format(xmin))", "xmax = \(Self.format(xmax))",
        ]
        if tiers.isEmpty { return (lines + ["tiers? <absent>"]).joined(separator: "\n") + "\n" }
        lines += ["tiers? <exists>", "size = \(tiers.count)", "item []:"]
        for (number, tier) in tiers.enumerated() {
            lines.append("    item [\(number + 1)]:")
            let isInterval: Bool
            if case .intervals = tier.content { isInterval = true } else { isInterval = false }
            lines.append("        class = \"\(isInterval ? "IntervalTier" : "TextTier")\"")
            lines.append("        name = \(Self.quote(tier.name))")
            lines.append("        xmin = \(Self.format(tier.xmin))")
            lines.append("        xmax = \(Self.format(tier.xmax))")
            switch tier.content {
            case .intervals(let intervals):
                lines.append("        intervals: size = \(intervals.count)")
                for (index, interval) in intervals.enumerated() {
                    lines.append("        intervals [\(index + 1)]:")
                    lines.append("            xmin = \(Self.format(interval.xmin))")
                    lines.append("            xmax = \(Self.format(interval.xmax))")
                    lines.append("            text = \(Self.quote(interval.text))")
                }
            case .points(let points):
                lines.append("        points: size = \(points.count)")
                for (index, point) in points.enumerated() {
                    lines.append("        points [\(index + 1)]:")
                    lines.append("            number = \(Self.format(point.time))")
                    lines.append("            mark = \(Self.quote(point.mark))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the TextGrid in the long text format at `path`: UTF-8, or UTF-16 (big-endian with BOM, as Praat does) when `utf16`.
    public func write(path: String, utf16: Bool = false) throws {
        let text = longText
        let data: Data
        if utf16 {
            var bytes: [UInt8] = [0xFE, 0xFF]
            for unit in text.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
            data = Data(bytes)
        } else {
            data = Data(text.utf8)
        }
        try CorpusFiles.write(data, to: path)
    }

    private static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
