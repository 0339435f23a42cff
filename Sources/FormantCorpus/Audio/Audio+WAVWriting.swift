import Foundation

extension Audio {
    /// The sample encodings `write` produces.
    public enum WAVWriteFormat: String, Sendable, CaseIterable {
        /// 16-bit PCM, samples clipped to [-1, 1].
        case pcm16
        /// 32-bit IEEE float.
        case float32
    }

    /// The recording as the bytes of a mono WAV file.
    public func wavData(format: WAVWriteFormat = .pcm16) -> Data {
        let width = format == .pcm16 ? 2 : 4
        let dataLength = samples.count * width
        var bytes = [UInt8](repeating: 0, count: 44 + dataLength)
        func put32(_ v: UInt32, at offset: Int) { for i in 0..<4 { bytes[offset + i] = UInt8(v >> (8 * UInt32(i)) & 0xFF) } }
        func put16(_ v: UInt16, at offset: Int) { bytes[offset] = UInt8(v & 0xFF); bytes[offset + 1] = UInt8(v >> 8) }
        for (offset, tag) in [(0, "RIFF"), (8, "WAVE"), (12, "fmt "), (36, "data")] {
            for (i, byte) in tag.utf8.enumerated() { bytes[offset + i] = byte }
        }
        put32(UInt32(36 + dataLength), at: 4)
        put32(16, at: 16)
        put16(format == .pcm16 ? 1 : 3, at: 20)
        put16(1, at: 22)
        put32(UInt32(sampleRate), at: 24)
        put32(UInt32(sampleRate * width), at: 28)
        put16(UInt16(width), at: 32)
        put16(UInt16(width * 8), at: 34)
        put32(UInt32(dataLength), at: 40)
        for (index, sample) in samples.enumerated() {
            let offset = 44 + index * width
            switch format {
            case .pcm16: put16(UInt16(bitPattern: Int16((max(-1, min(1, sample)) * 32_767).rounded())), at: offset)
            case .float32: put32(sample.bitPattern, at: offset)
            }
        }
        return Data(bytes)
    }

    /// Writes the recording as a mono WAV file at `path`, creating missing parent directories.
    public func write(path: String, format: WAVWriteFormat = .pcm16) throws {
        try CorpusFiles.write(wavData(format: format), to: path)
    }
}
