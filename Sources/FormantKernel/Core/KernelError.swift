/// Everything that can go wrong in the kernel: bad connection files, bad wire messages, socket
/// failures and requests the kernel cannot serve.
///
/// Every case names what and where; `KernelError+Message.swift` turns them into text.
public enum KernelError: Error, Equatable {
    /// The connection file could not be read.
    case connectionFileUnreadable(path: String, reason: String)
    /// The connection file is not a JSON object.
    case connectionFileNotJSON(path: String, reason: String)
    /// A field of the connection file is missing or has the wrong type or value.
    case connectionFileField(path: String, field: String, problem: String)
    /// A multipart message has no `<IDS|MSG>` delimiter frame.
    case missingDelimiter(frameCount: Int)
    /// A multipart message has fewer than the five frames after the delimiter.
    case missingFrames(found: Int)
    /// A message's signature does not match its content under the session key.
    case invalidSignature
    /// A part of a message (`header`, `content`, …) is not valid JSON.
    case invalidJSON(part: String, reason: String)
    /// A message header lacks a field the protocol requires.
    case malformedHeader(field: String)
    /// A request's content lacks a field or gives it the wrong type.
    case malformedContent(messageType: String, field: String, expected: String)
    /// A message type this kernel does not handle on that channel.
    case unknownMessageType(type: String, channel: String)
    /// A ZeroMQ call failed.
    case zeroMQ(operation: String, endpoint: String?, code: Int32, reason: String)
    /// `--sys-prefix` was asked for outside a virtual environment.
    case noVirtualEnvironment
    /// The kernelspec could not be written.
    case installFailed(directory: String, reason: String)
    /// The code asked for input but the frontend does not accept input requests.
    case stdinNotAllowed
    /// The wait for an `input_reply` ended because the user interrupted the cell.
    case inputInterrupted
    /// The wait for an `input_reply` ended because the kernel is shutting down.
    case inputAbandoned
}
