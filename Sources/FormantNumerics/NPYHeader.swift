/// The dictionary at the start of a `.npy` file: `{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }`.
struct NPYHeader: Equatable {
    /// The type descriptor, byte order included (`<f4`, `>i8`, `|u1`).
    var descriptor: String
    /// Whether elements are stored column-major.
    var fortranOrder: Bool
    /// The dimensions.
    var shape: [Int]

    /// Parses the header text; `file` names the source in errors.
    init(parsing text: String, file: String) throws {
        func fail(_ detail: String) -> NPYError { .malformedHeader(file: file, detail: detail) }
        guard let descr = NPYHeader.value(of: "descr", in: text) else { throw fail("no 'descr' key") }
        guard descr.count >= 2, let quote = descr.first, quote == "'" || quote == "\"", descr.last == quote else {
            throw fail("'descr' is \(descr), not a simple type string")
        }
        descriptor = String(descr.dropFirst().dropLast())
        switch NPYHeader.value(of: "fortran_order", in: text) {
        case "True": fortranOrder = true
        case "False": fortranOrder = false
        default: throw fail("'fortran_order' is missing or not True/False")
        }
        guard let shapeText = NPYHeader.value(of: "shape", in: text), shapeText.hasPrefix("("), shapeText.hasSuffix(")")
        else { throw fail("'shape' is missing or not a tuple") }
        var dimensions: [Int] = []
        for part in shapeText.dropFirst().dropLast().split(separator: ",") {
            let trimmed = part.trimmingCharacters(in: " \tL")
            if trimmed.isEmpty { continue }
            guard let n = Int(trimmed), n >= 0 else { throw fail("bad dimension '\(trimmed)' in shape \(shapeText)") }
            dimensions.append(n)
        }
        shape = dimensions
    }

    /// A header for a C-order array.
    init(descriptor: String, shape: [Int]) {
        self.descriptor = descriptor
        fortranOrder = false
        self.shape = shape
    }

    /// The dictionary text as NumPy writes it (without padding).
    var text: String {
        let dims = shape.count == 1 ? "\(shape[0])," : shape.map(String.init).joined(separator: ", ")
        return "{'descr': '\(descriptor)', 'fortran_order': \(fortranOrder ? "True" : "False"), 'shape': (\(dims)), }"
    }

    /// The raw value text after `'key':`, up to the next top-level comma or closing brace.
    private static func value(of key: String, in text: String) -> String? {
        for quote in ["'", "\""] {
            guard let keyRange = text.range(of: "\(quote)\(key)\(quote)") else { continue }
            var rest = text[keyRange.upperBound...].drop { $0 == " " }
            guard rest.first == ":" else { return nil }
            rest = rest.dropFirst().drop { $0 == " " }
            var depth = 0
            var end = rest.startIndex
            while end < rest.endIndex {
                let c = rest[end]
                if c == "(" { depth += 1 }
                if c == ")" { depth -= 1 }
                if depth == 0 && (c == "," || c == "}") { break }
                end = rest.index(after: end)
            }
            return String(rest[..<end]).trimmingCharacters(in: " ")
        }
        return nil
    }
}

private extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
