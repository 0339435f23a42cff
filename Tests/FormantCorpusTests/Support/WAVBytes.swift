import Foundation

/// Builds WAV files byte by byte in any encoding, independently of the library's writer, so the reader
/// is tested against files it did not produce.
enum WAVBytes {
    /// A WAV file of `frames` (per frame, one value in [-1, 1] per channel) in the given encoding.
    static func make(
        frames: [[Double]], sampleRate: Int, bits: Int, float: Bool = false, extensible: Bool = false,
        extraChunk: Bool = false
    ) -> [UInt8] {
        let channels = frames.first?.count ?? 1
        var data: [UInt8] = []
        for frame in frames {
            for value in frame { data += encode(value, bits: bits, float: float) }
        }
        var fmt: [UInt8] = []
        let tag: UInt16 = extensible ? 0xFFFE : float ? 3 : 1
        fmt += le16(tag) + le16(UInt16(channels)) + le32(UInt32(sampleRate))
        fmt += le32(UInt32(sampleRate * channels * bits / 8)) + le16(UInt16(channels * bits / 8)) + le16(UInt16(bits))
        if extensible {
            fmt += le16(22) + le16(UInt16(bits)) + le32(channels == 2 ? 3 : 4)
            fmt += le16(float ? 3 : 1) + [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71]
        }
        var body: [UInt8] = Array("WAVE".utf8)
        body += Array("fmt ".utf8) + le32(UInt32(fmt.count)) + fmt
        if extraChunk { body += Array("LIST".utf8) + le32(5) + Array("INFOx".utf8) + [0] }
        body += Array("data".utf8) + le32(UInt32(data.count)) + data
        return Array("RIFF".utf8) + le32(UInt32(body.count)) + body
    }

    static func encode(_ value: Double, bits: Int, float: Bool) -> [UInt8] {
        if float {
            return bits == 32 ? le32(Float(value).bitPattern) : le64(value.bitPattern)
        }
        switch bits {
        case 8: return [UInt8(max(0, min(255, (value * 128 + 128).rounded())))]
        case 16: return le16(UInt16(bitPattern: Int16(max(-32768, min(32767, (value * 32768).rounded())))))
        case 24:
            let v = Int32(max(-8_388_608, min(8_388_607, (value * 8_388_608).rounded())))
            return Array(le32(UInt32(bitPattern: v)).prefix(3))
        default:
            return le32(UInt32(bitPattern: Int32(max(-2_147_483_648, min(2_147_483_647, (value * 2_147_483_648).rounded())))))
        }
    }

    static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(v >> (8 * UInt32($0)) & 0xFF) } }
    static func le64(_ v: UInt64) -> [UInt8] { (0..<8).map { UInt8(v >> (8 * UInt64($0)) & 0xFF) } }

    /// A sine of `frequency` Hz and `amplitude`, `count` samples at `sampleRate`.
    static func sine(frequency: Double, sampleRate: Int, count: Int, amplitude: Double = 0.5) -> [Double] {
        (0..<count).map { amplitude * sin(2 * Double.pi * frequency * Double($0) / Double(sampleRate)) }
    }
}
