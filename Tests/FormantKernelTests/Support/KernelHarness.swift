import Foundation
import XCTest
@testable import FormantKernel

/// A kernel wired to a fake engine and a fake transport, with helpers to send signed requests
/// and read back what the kernel sent, decoded.
final class KernelHarness {
    static let key = "harness-key"
    let engine = FakeEngine()
    let transport = FakeTransport()
    let codec = WireCodec(signer: MessageSigner(key: KernelHarness.key))
    let identity = Data("client-1".utf8)
    lazy var kernel = Kernel(engine: engine, transport: transport, key: Self.key, session: "kernel-session",
                             abortGrace: 0)

    /// The frames of a signed request from this harness's client.
    func frames(_ type: String, _ content: JSONObject = [:], id: String = UUID().uuidString) -> [Data] {
        var header = Message.header(type: type, session: "client-session")
        header["msg_id"] = .string(id)
        return codec.encode(Message(identities: [identity], header: header, content: content))
    }

    /// Sends a request on `channel` and returns the kernel's disposition.
    @discardableResult
    func send(_ type: String, _ content: JSONObject = [:], id: String = "req", on channel: Channel = .shell)
        -> Disposition
    {
        kernel.handle(frames(type, content, id: id), from: channel)
    }

    /// Everything the kernel sent, decoded, with its channel.
    func sent() -> [(channel: Channel, message: Message)] {
        transport.sent.map { entry in
            guard let message = try? codec.decode(entry.frames) else {
                XCTFail("kernel sent undecodable frames on \(entry.channel)")
                return (entry.channel, Message(header: [:]))
            }
            return (entry.channel, message)
        }
    }

    /// The messages sent on `channel`.
    func sent(on channel: Channel) -> [Message] {
        sent().filter { $0.channel == channel }.map(\.message)
    }

    /// The message types published on IOPub, in order (status shown as `status:busy`).
    func iopubTypes() -> [String] {
        sent(on: .iopub).map { message in
            message.type == "status" ? "status:\(message.content["execution_state"]?.stringValue ?? "?")" : message.type
        }
    }

    /// The single reply sent on `channel`.
    func reply(on channel: Channel = .shell, file: StaticString = #filePath, line: UInt = #line) -> Message? {
        let replies = sent(on: channel)
        XCTAssertEqual(replies.count, 1, "replies on \(channel)", file: file, line: line)
        return replies.first
    }
}
