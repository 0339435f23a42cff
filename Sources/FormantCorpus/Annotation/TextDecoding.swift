import Foundation

/// Decodes the text files corpora ship (TextGrids, transcripts, speaker lists) from their bytes.
///
/// UTF-8 (with or without byte-order mark) and UTF-16 little- or big-endian (with a BOM, as Praat
/// writes files holding non-ASCII labels, or without one, recognised by its zero bytes).
enum TextDecoding {
    /// The text of `data`; `path` names the file in errors.
    static func decode(_ data: Data, path: String) throws -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes.dropFirst(2), bigEndian: false, path: path) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes.dropFirst(2), bigEndian: true, path: path) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if body.count >= 2, body.count % 2 == 0, body[body.startIndex] == 0 || body[body.startIndex + 1] == 0 {
            return try utf16(body, bigEndian: body[body.startIndex] == 0, path: path)
        }
        guard let text = body.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else {
            let offset = firstInvalidUTF8Offset(body)
            throw CorpusError.textEncoding(path: path, reason: "invalid UTF-8 at byte \(offset) (and no UTF-16 byte-order mark)")
        }
        return text
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, path: String) throws -> String {
        guard bytes.count % 2 == 0 else {
            throw CorpusError.textEncoding(path: path, reason: "UTF-16 text has an odd number of bytes (\(bytes.count))")
        }
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        guard let text = units.withUnsafeBufferPointer({ String(validating: $0, as: UTF16.self) }) else {
            throw CorpusError.textEncoding(path: path, reason: "invalid UTF-16 (unpaired surrogate)")
        }
        return text
    }

    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }
}
