import Foundation

/// The inputs (and plain-text results) of this kernel session's cells, for `history_request`.
///
/// The kernel keeps them itself, so every engine gets history for free. Entries are numbered
/// by execution count; the current session is numbered `ExecutionHistory.session` (a request
/// for session 0 also means the current one, negative numbers mean earlier sessions, of which
/// there are none).
public struct ExecutionHistory: Sendable {
    /// One recorded cell.
    public struct Entry: Equatable, Sendable {
        /// The cell's execution count.
        public var line: Int
        /// Its source.
        public var input: String
        /// The `text/plain` of its result, if it had one.
        public var output: String?
    }

    /// The number of this kernel's (only) session in history replies.
    public static let session = 1

    /// The recorded cells, oldest first.
    public private(set) var entries: [Entry] = []

    /// An empty history.
    public init() {}

    /// Records the input of cell `line`.
    public mutating func record(line: Int, input: String) {
        entries.append(Entry(line: line, input: input, output: nil))
    }

    /// Attaches a result to cell `line`.
    public mutating func setOutput(_ output: String, line: Int) {
        guard let index = entries.lastIndex(where: { $0.line == line }) else { return }
        entries[index].output = output
    }

    /// The last `n` entries, oldest first.
    public func tail(_ n: Int) -> [Entry] {
        Array(entries.suffix(max(n, 0)))
    }

    /// Entries of `session` with `start <= line < stop`; `stop` nil means to the end.
    public func range(session: Int, start: Int, stop: Int?) -> [Entry] {
        guard session == 0 || session == Self.session else { return [] }
        return entries.filter { entry in entry.line >= start && stop.map { entry.line < $0 } ?? true }
    }

    /// Entries whose input matches the glob `pattern` (`*`, `?`, `[…]`), oldest first, the last
    /// `n` of them if `n` is given; with `unique` only the latest entry of each distinct input.
    public func search(pattern: String, n: Int?, unique: Bool) -> [Entry] {
        var found = entries.filter { Self.matches(pattern, $0.input) }
        if unique {
            var seen = Set<String>()
            found = found.reversed().filter { seen.insert($0.input).inserted }.reversed()
        }
        if let n { found = Array(found.suffix(max(n, 0))) }
        return found
    }

    /// Whether `text` matches the glob `pattern` as a whole (fnmatch semantics, no special `/`).
    static func matches(_ pattern: String, _ text: String) -> Bool {
        fnmatch(pattern, text, 0) == 0
    }
}
