/// A position in a cell's source: which cell, and the 1-based line and column (in characters).
///
/// Every node of the lowered tree carries one, so runtime errors and tracebacks can point at the
/// line of the cell, even for a function defined in an earlier cell.
struct SourceLocation: Equatable {
    /// The index of the cell's source in the interpreter's `SourceArchive`.
    var source: Int
    /// The 1-based line.
    var line: Int
    /// The 1-based column.
    var column: Int
}

/// The sources of every cell run so far, so a traceback can quote the line a location points at.
final class SourceArchive {
    private var sources: [[Substring]] = []

    /// Stores a cell's source and returns its index.
    func add(_ text: String) -> Int {
        sources.append(text.split(separator: "\n", omittingEmptySubsequences: false))
        return sources.count - 1
    }

    /// The source line at `location`, without its line break, or `nil` if unknown.
    func line(at location: SourceLocation) -> String? {
        guard sources.indices.contains(location.source) else { return nil }
        let lines = sources[location.source]
        guard location.line >= 1, location.line <= lines.count else { return nil }
        return String(lines[location.line - 1])
    }
}
