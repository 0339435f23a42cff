/// The traceback lines of a runtime error: one entry per script frame, outermost first, each with
/// its source line and a caret, then the error's name and message.
enum Traceback {
    /// The lines Jupyter shows under a failed cell.
    static func lines(for error: RaisedError, sources: SourceArchive) -> [String] {
        let frames = error.frames ?? []
        var entries: [(name: String, location: SourceLocation?)] = []
        var names = ["<cell>"] + frames.map(\.name)
        var locations: [SourceLocation?] = frames.map(\.callSite) + [error.location]
        if frames.isEmpty { locations = [error.location] }
        names = Array(names.prefix(locations.count))
        for (name, location) in zip(names, locations) { entries.append((name, location)) }
        var lines: [String] = []
        for entry in entries.suffix(maximumEntries) {
            guard let location = entry.location else { continue }
            guard let source = sources.line(at: location) else {
                lines.append("  at \(entry.name) line \(location.line):\(location.column)")
                continue
            }
            let column = characterColumn(location.column, in: source)
            lines.append("  at \(entry.name) line \(location.line):\(column)")
            lines.append("    " + source)
            lines.append("    " + String(repeating: " ", count: column - 1) + "^")
        }
        if entries.count > maximumEntries {
            lines.insert("  … \(entries.count - maximumEntries) more frames …", at: 0)
        }
        lines.append("\(error.name): \(error.message)")
        return lines
    }

    /// The 1-based character column of a 1-based UTF-8 column (SwiftSyntax counts bytes).
    static func characterColumn(_ utf8Column: Int, in line: String) -> Int {
        let bytes = Array(line.utf8.prefix(max(0, utf8Column - 1)))
        return (String(decoding: bytes, as: UTF8.self).count) + 1
    }

    /// Deep recursions show only their innermost frames.
    static let maximumEntries = 12
}
