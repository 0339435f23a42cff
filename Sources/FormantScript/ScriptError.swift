/// Every error a script can meet at run time, in one enum; `ScriptError+Message.swift`
/// words each of them, so all user-facing text lives in one place.
///
/// The interpreter attaches the source location and the script call stack when it reports one.
public enum ScriptError: Error {
    /// A call left out a parameter that has no default.
    case missingArgument(function: String, parameter: String)
    /// A call passed an argument that no parameter takes.
    case unexpectedArgument(function: String, label: String?)
    /// An argument of the wrong type.
    case argumentType(function: String, parameter: String, expected: String, actual: String)
    /// An argument of the right type with an unusable value (an empty corpus, a negative count).
    case invalidArgument(function: String, message: String)
    /// `Type.member` or `.member` where the type has no such static member.
    case unknownMember(type: String, member: String, known: [String])
    /// An error raised by a library while it ran (a corrupt file, a shape mismatch); `kind` names its Swift type.
    case library(kind: String, message: String)
    /// A general runtime error of the language (index out of range, overflow, undefined name).
    case runtime(kind: String, message: String)
    /// The user interrupted the cell.
    case interrupted
}
