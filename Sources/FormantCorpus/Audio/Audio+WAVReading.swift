import Foundation

extension Audio {
    /// Reads any supported WAV file as 16 kHz mono (channels averaged, then band-limited resampling).
    public static func read(path: String) throws -> Audio {
        try readNative(path: path).resampled(to: modelSampleRate)
    }

    /// Reads a WAV file at its own sample rate, channels averaged to mono.
    public static func readNative(path: String) throws -> Audio {
        let bytes = [UInt8](try CorpusFiles.read(path))
        let header = try WAVHeader.parse(bytes, fileLength: bytes.count, path: path)
        return Audio(samples: decodeMono(bytes, header: header), sampleRate: header.sampleRate)
    }

    /// The data chunk's samples averaged over channels, as floats in [-1, 1].
    static func decodeMono(_ bytes: [UInt8], header: WAVHeader) -> [Float] {
        let channels = header.channels
        let width = header.encoding.bytes
        var mono = [Float](repeating: 0, count: header.frameCount)
        let scale = 1 / Float(channels)
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress! + header.dataOffset
            for frame in 0..<header.frameCount {
                var sum: Float = 0
                for channel in 0..<channels {
                    sum += sample(at: base + (frame * channels + channel) * width, encoding: header.encoding)
                }
                mono[frame] = sum * scale
            }
        }
        return mono
    }

    private static func sample(at p: UnsafePointer<UInt8>, encoding: WAVHeader.Encoding) -> Float {
        switch encoding {
        case .integer(bits: 8):
            return (Float(p[0]) - 128) / 128
        case .integer(bits: 16):
            return Float(Int16(bitPattern: UInt16(p[0]) | UInt16(p[1]) << 8)) / 32_768
        case .integer(bits: 24):
            let raw = Int32(bitPattern: UInt32(p[0]) << 8 | UInt32(p[1]) << 16 | UInt32(p[2]) << 24)
            return Float(raw >> 8) / 8_388_608
        case .integer:
            return Float(Double(Int32(bitPattern: littleEndian32(p))) / 2_147_483_648)
        case .float(bits: 32):
            return Float(bitPattern: littleEndian32(p))
        case .float:
            let bits = UInt64(littleEndian32(p)) | UInt64(littleEndian32(p + 4)) << 32
            return Float(Double(bitPattern: bits))
        }
    }

    private static func littleEndian32(_ p: UnsafePointer<UInt8>) -> UInt32 {
        UInt32(p[0]) | UInt32(p[1]) << 8 | UInt32(p[2]) << 16 | UInt32(p[3]) << 24
    }
}
