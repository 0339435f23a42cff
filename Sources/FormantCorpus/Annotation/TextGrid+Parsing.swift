import Foundation

extension TextGrid {
    /// Reads a TextGrid file in Praat's long or short text format, UTF-8 or UTF-16.
    public static func read(path: String) throws -> TextGrid {
        try parse(TextDecoding.decode(CorpusFiles.read(path), path: path), path: path)
    }

    /// Parses TextGrid text; `path` names the source in errors, which also give the line.
    public static func parse(_ text: String, path: String = "<text>") throws -> TextGrid {
        var reader = TextGridReader(tokens: PraatTokenizer(text, path: path), path: path)
        return try reader.textGrid()
    }
}

/// Reads the value sequence of a TextGrid, checking each value's kind and the tiers' structure.
private struct TextGridReader {
    var tokens: PraatTokenizer
    let path: String
    var line = 1

    mutating func textGrid() throws -> TextGrid {
        let fileType = try string("file type")
        guard fileType == "ooTextFile" || fileType == "ooTextFile short" else {
            throw error("file type is \"\(fileType)\", expected \"ooTextFile\" (binary TextGrids are not read)")
        }
        let objectClass = try string("object class")
        guard objectClass == "TextGrid" else { throw error("object class is \"\(objectClass)\", expected \"TextGrid\"") }
        let xmin = try number("xmin")
        let xmax = try number("xmax")
        var next = try token("the tier flag or count")
        if case .flag(let flag) = next {
            guard flag == "exists" else { return TextGrid(xmin: xmin, xmax: xmax, tiers: []) }
            next = try token("the tier count")
        }
        guard case .number(let size) = next else { throw error("expected the tier count, found \(describe(next))") }
        let count = try count(size, "tier count")
        var tiers: [TextGrid.Tier] = []
        for _ in 0..<count { tiers.append(try tier()) }
        if let extra = try tokens.next() {
            throw CorpusError.textGridSyntax(path: path, line: extra.line, message: "unexpected \(describe(extra.token)) after the last tier")
        }
        return TextGrid(xmin: xmin, xmax: xmax, tiers: tiers)
    }

    private mutating func tier() throws -> TextGrid.Tier {
        let kind = try string("tier class")
        let name = try string("tier name")
        let xmin = try number("tier xmin")
        let xmax = try number("tier xmax")
        let count = try count(number("element count"), "element count")
        switch kind {
        case "IntervalTier":
            var intervals: [TextGrid.Interval] = []
            for _ in 0..<count {
                let start = try number("interval xmin")
                let end = try number("interval xmax")
                guard end >= start else { throw error("interval in tier '\(name)' ends (\(end)) before it starts (\(start))") }
                if let previous = intervals.last, start < previous.xmax - 1e-9 {
                    throw error("interval \(intervals.count + 1) of tier '\(name)' starts at \(start), before the previous one ends (\(previous.xmax))")
                }
                intervals.append(TextGrid.Interval(xmin: start, xmax: end, text: try string("interval text")))
            }
            return TextGrid.Tier(name: name, xmin: xmin, xmax: xmax, content: .intervals(intervals))
        case "TextTier", "PointTier":
            var points: [TextGrid.Point] = []
            for _ in 0..<count {
                let time = try number("point time")
                points.append(TextGrid.Point(time: time, mark: try string("point mark")))
            }
            return TextGrid.Tier(name: name, xmin: xmin, xmax: xmax, content: .points(points))
        default:
            throw error("unknown tier class \"\(kind)\" (expected \"IntervalTier\" or \"TextTier\")")
        }
    }

    private mutating func token(_ what: String) throws -> PraatTokenizer.Token {
        guard let next = try tokens.next() else {
            throw CorpusError.textGridSyntax(path: path, line: tokens.line, message: "file ends where \(what) was expected")
        }
        line = next.line
        return next.token
    }

    private mutating func string(_ what: String) throws -> String {
        let next = try token(what)
        guard case .string(let text) = next else { throw error("expected \(what) (a quoted string), found \(describe(next))") }
        return text
    }

    private mutating func number(_ what: String) throws -> Double {
        let next = try token(what)
        guard case .number(let value) = next, value.isFinite else { throw error("expected \(what) (a number), found \(describe(next))") }
        return value
    }

    private func count(_ value: Double, _ what: String) throws -> Int {
        guard value >= 0, value == value.rounded(), value < 1e8 else { throw error("\(what) \(value) is not a non-negative integer") }
        return Int(value)
    }

    private func error(_ message: String) -> CorpusError {
        .textGridSyntax(path: path, line: line, message: message)
    }

    private func describe(_ token: PraatTokenizer.Token) -> String {
        switch token {
        case .number(let value): return "the number \(value)"
        case .string(let text): return "the string \"\(text)\""
        case .flag(let flag): return "<\(flag)>"
        }
    }
}
