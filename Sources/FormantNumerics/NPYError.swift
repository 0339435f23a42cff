/// Why a `.npy` file could not be read or written; `NPYError+Message.swift` words each case,
/// always naming the file.
public enum NPYError: Error, Equatable {
    /// The file could not be opened, read or written.
    case io(file: String, reason: String)
    /// The file does not start with NumPy's magic string.
    case notNPY(file: String)
    /// A format version other than 1.0, 2.0 or 3.0.
    case unsupportedVersion(file: String, major: Int, minor: Int)
    /// The header dictionary could not be parsed.
    case malformedHeader(file: String, detail: String)
    /// An element type Formant does not read (objects, strings, complex, 8/16-bit, …).
    case unsupportedType(file: String, descriptor: String)
    /// An array that is not 1-D or 2-D.
    case unsupportedRank(file: String, shape: [Int])
    /// Fewer data bytes than the header's shape needs.
    case truncated(file: String, expectedBytes: Int, actualBytes: Int)
}
