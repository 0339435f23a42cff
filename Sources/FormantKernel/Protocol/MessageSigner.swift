import Crypto
import Foundation

/// Signs and verifies messages with HMAC-SHA256 over their four JSON frames.
///
/// The signature is the lowercase hex digest of HMAC-SHA256(key, header ‖ parent_header ‖
/// metadata ‖ content), computed on the exact bytes on the wire. An empty key means messages
/// are unsigned: the signature frame is empty and is not checked.
public struct MessageSigner: Sendable {
    private let key: SymmetricKey?

    /// A signer for `key` (the connection file's `key`); an empty key disables signing.
    public init(key: String) {
        self.key = key.isEmpty ? nil : SymmetricKey(data: Data(key.utf8))
    }

    /// Whether messages are signed.
    public var isSigning: Bool { key != nil }

    /// The hex signature of the four JSON frames, or empty when unsigned.
    public func signature(of parts: [Data]) -> Data {
        guard let key else { return Data() }
        var hmac = HMAC<SHA256>(key: key)
        for part in parts { hmac.update(data: part) }
        return Data(Self.hex(Data(hmac.finalize())).utf8)
    }

    /// Whether `signature` (hex, as received) authenticates `parts`, compared in constant time.
    public func verify(_ signature: Data, of parts: [Data]) -> Bool {
        guard let key else { return true }
        guard let mac = Self.bytes(fromHex: signature) else { return false }
        var hmac = HMAC<SHA256>(key: key)
        for part in parts { hmac.update(data: part) }
        return hmac.finalize() == mac
    }

    private static func hex(_ bytes: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func bytes(fromHex text: Data) -> Data? {
        guard text.count == 2 * SHA256.byteCount else { return nil }
        var out = Data(capacity: SHA256.byteCount)
        var iterator = text.makeIterator()
        while let high = iterator.next(), let low = iterator.next() {
            guard let h = nibble(high), let l = nibble(low) else { return nil }
            out.append(h << 4 | l)
        }
        return out
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
