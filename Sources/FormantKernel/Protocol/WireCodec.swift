import Foundation

/// Turns messages into ZeroMQ multipart frames and back, signing and verifying them.
///
/// Layout: `identities…, <IDS|MSG>, signature, header, parent_header, metadata, content, buffers…`.
/// Decoding checks the signature before parsing any JSON, so an unsigned or tampered message
/// is rejected without its content ever being looked at.
public struct WireCodec: Sendable {
    /// The frame separating routing identities from the message.
    public static let delimiter = Data("<IDS|MSG>".utf8)

    /// The signer for this session's key.
    public let signer: MessageSigner

    /// A codec signing with `signer`.
    public init(signer: MessageSigner) {
        self.signer = signer
    }

    /// The frames of `message`, signed.
    public func encode(_ message: Message) -> [Data] {
        let parts = [message.header, message.parentHeader, message.metadata, message.content].map(JSONValue.encode)
        return message.identities + [Self.delimiter, signer.signature(of: parts)] + parts + message.buffers
    }

    /// The message in `frames`; throws `KernelError` if the frames are malformed, the signature
    /// is wrong, a JSON part does not parse, or the header lacks `msg_id` / `msg_type`.
    public func decode(_ frames: [Data]) throws -> Message {
        guard let split = frames.firstIndex(of: Self.delimiter) else {
            throw KernelError.missingDelimiter(frameCount: frames.count)
        }
        let rest = frames[(split + 1)...]
        guard rest.count >= 5 else { throw KernelError.missingFrames(found: rest.count) }
        let start = rest.startIndex
        let parts = Array(rest[(start + 1)...(start + 4)])
        guard signer.verify(rest[start], of: parts) else { throw KernelError.invalidSignature }
        let header = try JSONValue.decodeObject(parts[0], part: "header")
        for field in ["msg_id", "msg_type"] where header[field]?.stringValue == nil {
            throw KernelError.malformedHeader(field: field)
        }
        return Message(
            identities: Array(frames[..<split]),
            header: header,
            parentHeader: try JSONValue.decodeObject(parts[1], part: "parent_header"),
            metadata: try JSONValue.decodeObject(parts[2], part: "metadata"),
            content: try JSONValue.decodeObject(parts[3], part: "content"),
            buffers: Array(rest[(start + 5)...])
        )
    }
}
