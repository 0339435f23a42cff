import FormantScript

extension Value {
    /// The library object of type `T` inside this value, or a `TypeError` naming both types.
    func libraryObject<T>(_ type: T.Type) throws -> T {
        guard let object = native(as: T.self) else {
            throw ScriptError.runtime(kind: "TypeError", message: "expected \(T.self), got \(typeName)")
        }
        return object
    }
}
