extension NPYError: CustomStringConvertible {
    /// The message shown to the user.
    public var description: String {
        switch self {
        case .io(let file, let reason):
            return "\(file): \(reason)"
        case .notNPY(let file):
            return "\(file): not a NumPy .npy file (missing the \\x93NUMPY magic string)"
        case .unsupportedVersion(let file, let major, let minor):
            return "\(file): unsupported .npy format version \(major).\(minor) (1.0, 2.0 and 3.0 are read)"
        case .malformedHeader(let file, let detail):
            return "\(file): malformed .npy header: \(detail)"
        case .unsupportedType(let file, let descriptor):
            return "\(file): unsupported element type '\(descriptor)' (float32, float64, int32 and int64 are read)"
        case .unsupportedRank(let file, let shape):
            return "\(file): \(shape.count)-D array of shape \(shape); only 1-D and 2-D arrays are read"
        case .truncated(let file, let expected, let actual):
            return "\(file): truncated: the header's shape needs \(expected) data bytes, the file has \(actual)"
        }
    }
}
