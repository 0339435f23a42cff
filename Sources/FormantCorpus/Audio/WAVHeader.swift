import Foundation

/// The format of a RIFF/WAVE file and where its sample data lie, parsed from the file's chunks.
///
/// Reads PCM integer (8, 16, 24, 32 bit), IEEE float (32, 64 bit) and WAVE_FORMAT_EXTENSIBLE
/// headers with any channel count and sample rate. Chunks other than `fmt ` and `data` are skipped.
public struct WAVHeader: Equatable, Sendable {
    /// How each sample is stored.
    public enum Encoding: Equatable, Sendable {
        /// Linear PCM integers of the given bit depth (8-bit unsigned, wider signed).
        case integer(bits: Int)
        /// IEEE floats of the given bit depth (32 or 64).
        case float(bits: Int)

        /// Bytes per sample of one channel.
        public var bytes: Int {
            switch self {
            case .integer(let bits), .float(let bits): return bits / 8
            }
        }
    }

    /// The sample encoding.
    public var encoding: Encoding
    /// Interleaved channels per frame.
    public var channels: Int
    /// Frames per second.
    public var sampleRate: Int
    /// Byte offset of the first sample in the file.
    public var dataOffset: Int
    /// Bytes of sample data.
    public var dataLength: Int

    /// Frames (samples per channel) in the data chunk.
    public var frameCount: Int { dataLength / (encoding.bytes * channels) }
    /// Duration in seconds.
    public var duration: Double { Double(frameCount) / Double(sampleRate) }

    private static let formatPCM = 1
    private static let formatFloat = 3
    private static let formatExtensible = 0xFFFE

    /// Reads and checks the header of the WAV file at `path`, without reading its samples.
    public static func read(path: String) throws -> WAVHeader {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CorpusError.unreadable(path: path, reason: "no such file or permission denied")
        }
        defer { try? handle.close() }
        let fileLength = Int((try? handle.seekToEnd()) ?? 0)
        try? handle.seek(toOffset: 0)
        let prefix = (try? handle.read(upToCount: 1 << 16)) ?? Data()
        return try parse([UInt8](prefix), fileLength: fileLength, path: path)
    }

    /// Parses the chunks in `bytes` (the file or a prefix of it holding the data chunk's header); `fileLength`
    /// is the whole file's size, so a data chunk longer than the file is detected from a prefix. A data size of
    /// 0xFFFFFFFF (written by streaming recorders that never went back to fill it in) means "to the end of the file".
    public static func parse(_ bytes: [UInt8], fileLength: Int, path: String) throws -> WAVHeader {
        func fail(_ reason: String) -> CorpusError { .invalidWAV(path: path, reason: reason) }
        guard bytes.count >= 12 else { throw fail("file is \(fileLength) bytes, too short for a RIFF header") }
        guard fourCC(bytes, 0) == "RIFF" else { throw fail("does not start with 'RIFF' (found '\(fourCC(bytes, 0))')") }
        guard fourCC(bytes, 8) == "WAVE" else { throw fail("RIFF type is '\(fourCC(bytes, 8))', not 'WAVE'") }
        var offset = 12
        var format: (encoding: Encoding, channels: Int, rate: Int)?
        while offset + 8 <= bytes.count {
            let id = fourCC(bytes, offset)
            let declared = uint32(bytes, offset + 4)
            let body = offset + 8
            let size = id == "data" && declared == UInt32.max ? Int(max(0, fileLength - body)) : Int(declared)
            if id == "fmt " {
                guard body + size <= bytes.count, size >= 16 else {
                    throw fail("'fmt ' chunk at byte \(offset) is truncated (\(size) bytes declared)")
                }
                format = try parseFormat(bytes, at: body, size: size, path: path)
            } else if id == "data" {
                guard let format else { throw fail("'data' chunk at byte \(offset) comes before any 'fmt ' chunk") }
                let available = fileLength - body
                guard size <= available else {
                    throw fail("'data' chunk declares \(size) bytes but only \(max(0, available)) follow (truncated file)")
                }
                let frameBytes = format.encoding.bytes * format.channels
                guard size % frameBytes == 0 || declared == UInt32.max else {
                    throw fail("'data' chunk of \(size) bytes is not a whole number of \(frameBytes)-byte frames")
                }
                return WAVHeader(
                    encoding: format.encoding, channels: format.channels, sampleRate: format.rate,
                    dataOffset: body, dataLength: size - size % frameBytes)
            }
            offset = body + size + (size & 1)
        }
        throw fail(format == nil ? "no 'fmt ' chunk found" : "no 'data' chunk found (file truncated?)")
    }

    private static func parseFormat(
        _ bytes: [UInt8], at body: Int, size: Int, path: String
    ) throws -> (encoding: Encoding, channels: Int, rate: Int) {
        var tag = Int(uint16(bytes, body))
        let channels = Int(uint16(bytes, body + 2))
        let rate = Int(uint32(bytes, body + 4))
        let blockAlign = Int(uint16(bytes, body + 12))
        let bits = Int(uint16(bytes, body + 14))
        if tag == formatExtensible {
            guard size >= 40 else {
                throw CorpusError.invalidWAV(path: path, reason: "WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk is \(size) bytes, needs 40")
            }
            tag = Int(uint16(bytes, body + 24))  // first two bytes of the sub-format GUID
        }
        guard channels > 0 else { throw CorpusError.invalidWAV(path: path, reason: "header declares 0 channels") }
        guard rate > 0 else { throw CorpusError.invalidWAV(path: path, reason: "header declares a sample rate of 0 Hz") }
        let encoding: Encoding
        switch (tag, bits) {
        case (formatPCM, 8), (formatPCM, 16), (formatPCM, 24), (formatPCM, 32): encoding = .integer(bits: bits)
        case (formatFloat, 32), (formatFloat, 64): encoding = .float(bits: bits)
        case (formatPCM, _), (formatFloat, _):
            throw CorpusError.unsupportedWAV(path: path, reason: "\(bits)-bit \(tag == formatPCM ? "PCM" : "float") samples")
        default:
            throw CorpusError.unsupportedWAV(path: path, reason: "format tag 0x\(String(tag, radix: 16)) (only PCM and IEEE float are read)")
        }
        guard blockAlign == encoding.bytes * channels else {
            throw CorpusError.invalidWAV(
                path: path, reason: "block align \(blockAlign) does not match \(channels) channel(s) of \(bits)-bit samples")
        }
        return (encoding, channels, rate)
    }

    static func fourCC(_ bytes: [UInt8], _ offset: Int) -> String {
        guard offset + 4 <= bytes.count else { return "" }
        return String(decoding: bytes[offset..<offset + 4].map { $0 < 32 || $0 > 126 ? UInt8(ascii: "?") : $0 }, as: UTF8.self)
    }

    static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(uint16(bytes, offset)) | UInt32(uint16(bytes, offset + 2)) << 16
    }
}
