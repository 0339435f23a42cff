extension AnalysisError: CustomStringConvertible {
    /// The message shown to the user, naming the measure, the input and the fix where there is one.
    public var description: String {
        switch self {
        case let .frameCountMismatch(measure, first, firstFrames, second, secondFrames):
            return "\(measure): '\(first)' has \(firstFrames) frames but '\(second)' has \(secondFrames); both must describe the same frames"
        case let .empty(measure, input, rows, columns):
            return "\(measure): '\(input)' is empty (\(rows) frames × \(columns) features)"
        case let .constant(measure, input):
            return "\(measure): '\(input)' is constant (every frame is identical), so it has no variance to compare"
        case let .notFinite(measure, input, row, column):
            return "\(measure): '\(input)' holds NaN or infinity at frame \(row), feature \(column)"
        case let .tooFewFrames(measure, input, frames, needed, reason):
            return "\(measure): '\(input)' has \(frames) frames but at least \(needed) are needed (\(reason))"
        case let .oneClass(measure, input, label):
            return "\(measure): '\(input)' has a single class ('\(label)'); at least two classes are needed"
        case let .invalidParameter(measure, name, value, expected):
            return "\(measure): parameter '\(name)' is \(value) but must be \(expected)"
        case let .notAMatrix(measure, input, shape):
            return "\(measure): '\(input)' must be a frames × features matrix (rank 2), got shape \(shape)"
        case let .linearAlgebra(measure, underlying):
            return "\(measure): \(underlying)"
        }
    }
}
