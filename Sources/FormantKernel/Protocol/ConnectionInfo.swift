import Foundation

/// The contents of a Jupyter connection file: where to bind the five sockets and how to sign.
///
/// A frontend writes it before starting the kernel (`formant kernel -f FILE`). With transport
/// `tcp` the endpoints are `tcp://ip:port`; with `ipc` they are `ipc://ip-port`, `ip` being a
/// path prefix, as jupyter_client lays them out.
public struct ConnectionInfo: Equatable, Sendable {
    /// The two transports Jupyter uses.
    public enum Transport: String, Sendable {
        case tcp, ipc
    }

    /// How the sockets are reached.
    public var transport: Transport
    /// The address to bind (tcp) or the socket path prefix (ipc).
    public var ip: String
    /// The port (or ipc suffix) of each channel.
    public var ports: [Channel: Int]
    /// The HMAC key; empty means unsigned messages.
    public var key: String
    /// `hmac-sha256` (the only scheme supported) or empty when unsigned.
    public var signatureScheme: String

    /// Connection details from their parts.
    public init(transport: Transport, ip: String, ports: [Channel: Int], key: String, signatureScheme: String) {
        self.transport = transport
        self.ip = ip
        self.ports = ports
        self.key = key
        self.signatureScheme = signatureScheme
    }

    /// The ZeroMQ endpoint of `channel`.
    public func endpoint(_ channel: Channel) -> String {
        let port = ports[channel] ?? 0
        switch transport {
        case .tcp: return ip.contains(":") ? "tcp://[\(ip)]:\(port)" : "tcp://\(ip):\(port)"
        case .ipc: return "ipc://\(ip)-\(port)"
        }
    }

    /// Whether the tcp address is IPv6 (ZeroMQ needs the option set to bind it).
    public var isIPv6: Bool { transport == .tcp && ip.contains(":") }

    /// Reads and validates the connection file at `path`.
    public static func load(path: String) throws -> ConnectionInfo {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw KernelError.connectionFileUnreadable(path: path, reason: error.localizedDescription)
        }
        return try parse(data, path: path)
    }

    /// Validates connection-file JSON; `path` names the file in errors.
    public static func parse(_ data: Data, path: String) throws -> ConnectionInfo {
        let object: JSONObject
        do {
            object = try JSONValue.decodeObject(data, part: "connection file")
        } catch let KernelError.invalidJSON(_, reason) {
            throw KernelError.connectionFileNotJSON(path: path, reason: reason)
        }
        let fields = ConnectionFields(object: object, path: path)
        let transportName = try fields.string("transport", default: "tcp")
        guard let transport = Transport(rawValue: transportName) else {
            throw KernelError.connectionFileField(
                path: path, field: "transport", problem: "is '\(transportName)'; expected 'tcp' or 'ipc'")
        }
        var ports: [Channel: Int] = [:]
        for channel in Channel.allCases {
            ports[channel] = try fields.port("\(channel.rawValue)_port")
        }
        let scheme = try fields.string("signature_scheme", default: "hmac-sha256")
        let key = try fields.string("key", default: "")
        guard scheme == "hmac-sha256" || (scheme.isEmpty && key.isEmpty) else {
            throw KernelError.connectionFileField(
                path: path, field: "signature_scheme", problem: "is '\(scheme)'; only 'hmac-sha256' is supported")
        }
        let ip = try fields.string("ip", default: transport == .tcp ? "127.0.0.1" : "kernel-ipc")
        guard !ip.isEmpty else {
            throw KernelError.connectionFileField(path: path, field: "ip", problem: "is empty")
        }
        return ConnectionInfo(transport: transport, ip: ip, ports: ports, key: key, signatureScheme: scheme)
    }
}

/// Typed access to the fields of a connection file, with errors naming the file and field.
private struct ConnectionFields {
    let object: JSONObject
    let path: String

    func string(_ field: String, default fallback: String) throws -> String {
        guard let value = object[field], value != .null else { return fallback }
        guard let text = value.stringValue else {
            throw KernelError.connectionFileField(path: path, field: field, problem: "must be a string")
        }
        return text
    }

    func port(_ field: String) throws -> Int {
        guard let value = object[field] else {
            throw KernelError.connectionFileField(path: path, field: field, problem: "is missing")
        }
        guard let port = value.intValue, (1...65535).contains(port) else {
            throw KernelError.connectionFileField(
                path: path, field: field, problem: "must be an integer port between 1 and 65535")
        }
        return port
    }
}
