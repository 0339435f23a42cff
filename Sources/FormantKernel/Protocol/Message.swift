import Foundation

/// One Jupyter message: routing identities, the four JSON dictionaries and binary buffers.
///
/// Headers are kept as JSON objects so that a request's header is echoed verbatim as the
/// `parent_header` of everything the kernel sends in response (frontends match on it).
public struct Message: Equatable {
    /// The ZeroMQ routing identities (ROUTER sockets) or topic (PUB socket) before `<IDS|MSG>`.
    public var identities: [Data]
    /// `msg_id`, `session`, `username`, `date`, `msg_type`, `version`.
    public var header: JSONObject
    /// The header of the request this message answers, or empty.
    public var parentHeader: JSONObject
    /// Free-form metadata.
    public var metadata: JSONObject
    /// The message's content, whose shape depends on `msg_type`.
    public var content: JSONObject
    /// Extra binary frames, passed through untouched.
    public var buffers: [Data]

    /// A message from its parts.
    public init(
        identities: [Data] = [], header: JSONObject, parentHeader: JSONObject = [:],
        metadata: JSONObject = [:], content: JSONObject = [:], buffers: [Data] = []
    ) {
        self.identities = identities
        self.header = header
        self.parentHeader = parentHeader
        self.metadata = metadata
        self.content = content
        self.buffers = buffers
    }

    /// The message type (`execute_request`, `status`, …).
    public var type: String { header["msg_type"]?.stringValue ?? "" }

    /// The message's unique id.
    public var id: String { header["msg_id"]?.stringValue ?? "" }
}

extension Message {
    /// The protocol version this kernel speaks, written into every header it sends.
    public static let protocolVersion = "5.4"

    /// A fresh header for a message of `type` sent by the kernel in `session`.
    public static func header(type: String, session: String, date: Date = Date()) -> JSONObject {
        [
            "msg_id": .string(UUID().uuidString.lowercased()),
            "session": .string(session),
            "username": "formant",
            "date": .string(timestamp(date)),
            "msg_type": .string(type),
            "version": .string(protocolVersion),
        ]
    }

    /// ISO 8601 in UTC with microseconds, as Jupyter writes dates.
    static func timestamp(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        let whole = seconds.rounded(.down)
        let micros = min(Int((seconds - whole) * 1_000_000), 999_999)
        var time = time_t(whole)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), micros)
    }
}
