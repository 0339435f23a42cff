import Foundation
import FormantScript

extension BoundArguments {
    /// Parameter `name` as the path a `save` writes, refused unless its extension is one of `extensions`
    /// (`["npy"]`, any case), so a value is never written in one format under another format's name.
    func savePath(_ name: String = "path", extensions: [String]) throws -> String {
        let path = try string(name)
        let found = URL(fileURLWithPath: path).pathExtension
        guard !extensions.contains(found.lowercased()) else { return path }
        let supported = extensions.map { "." + $0 }.joined(separator: " or ")
        let given = found.isEmpty ? "has no extension" : "ends in .\(found)"
        throw ScriptError.invalidArgument(
            function: signature.selector, message: "'\(path)' \(given), but save writes only \(supported) files; give a path ending in \(supported)")
    }
}
