extension KernelError: CustomStringConvertible {
    /// The `ename` of an error reply carrying this error.
    public var name: String {
        switch self {
        case .unknownMessageType: return "UnknownMessageType"
        case .malformedContent: return "MalformedRequest"
        case .stdinNotAllowed: return "StdinNotAllowed"
        case .inputInterrupted: return "Interrupted"
        default: return "KernelError"
        }
    }

    /// The message shown to the user or written to the log: what went wrong and where.
    public var description: String {
        switch self {
        case .connectionFileUnreadable(let path, let reason):
            return "cannot read connection file '\(path)': \(reason)"
        case .connectionFileNotJSON(let path, let reason):
            return "connection file '\(path)' is not a JSON object: \(reason)"
        case .connectionFileField(let path, let field, let problem):
            return "connection file '\(path)': field '\(field)' \(problem)"
        case .missingDelimiter(let frameCount):
            return "message of \(frameCount) frame(s) has no <IDS|MSG> delimiter"
        case .missingFrames(let found):
            return "message has \(found) frame(s) after <IDS|MSG>; expected at least 5 "
                + "(signature, header, parent_header, metadata, content)"
        case .invalidSignature:
            return "message signature does not match its content (wrong key or tampered message)"
        case .invalidJSON(let part, let reason):
            return "message \(part) is not valid JSON: \(reason)"
        case .malformedHeader(let field):
            return "message header has no string field '\(field)'"
        case .malformedContent(let messageType, let field, let expected):
            return "\(messageType): field '\(field)' must be \(expected)"
        case .unknownMessageType(let type, let channel):
            return "this kernel does not handle '\(type)' messages on the \(channel) channel"
        case .zeroMQ(let operation, let endpoint, let code, let reason):
            let place = endpoint.map { " on \($0)" } ?? ""
            return "ZeroMQ \(operation)\(place) failed: \(reason) (errno \(code))"
        case .noVirtualEnvironment:
            return "--sys-prefix needs an active virtual environment (VIRTUAL_ENV is not set); use --prefix DIR instead"
        case .installFailed(let directory, let reason):
            return "cannot install the kernelspec into '\(directory)': \(reason)"
        case .stdinNotAllowed:
            return "input was requested, but this frontend does not support input requests (allow_stdin is false)"
        case .inputInterrupted:
            return "input request interrupted by the user"
        case .inputAbandoned:
            return "input request abandoned: the kernel is shutting down"
        }
    }
}
