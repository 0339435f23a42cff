import FormantNumerics

/// Every way an analysis can refuse its input; `AnalysisError+Message.swift` words each case.
public enum AnalysisError: Error, Equatable {
    /// Two inputs that must describe the same frames have different frame counts.
    case frameCountMismatch(measure: String, first: String, firstFrames: Int, second: String, secondFrames: Int)
    /// An input has no frames or no features.
    case empty(measure: String, input: String, rows: Int, columns: Int)
    /// Every frame of an input is identical, so it has no variance to analyse.
    case constant(measure: String, input: String)
    /// An input holds NaN or infinity at the given frame and feature.
    case notFinite(measure: String, input: String, row: Int, column: Int)
    /// A method needs more frames than it was given.
    case tooFewFrames(measure: String, input: String, frames: Int, needed: Int, reason: String)
    /// Labels with a single class (nothing to correlate or classify).
    case oneClass(measure: String, input: String, label: String)
    /// A parameter outside its valid range.
    case invalidParameter(measure: String, name: String, value: String, expected: String)
    /// A rank-2 input was expected.
    case notAMatrix(measure: String, input: String, shape: [Int])
    /// A factorisation failed inside the measure.
    case linearAlgebra(measure: String, underlying: LinearAlgebraError)
}
