import FormantModel
import FormantNumerics
import FormantScript

/// Models and tensors in the script language: `Model.load`, `Model.random`, `model.hiddenStates`,
/// `Tensor.load`, `tensor.save`, and the members of `Model`, `ModelConfig` and `Tensor`.
public enum ModelBindings {
    /// Registers the model and tensor types into `registry`.
    public static func register(into registry: Registry) {
        registerTensor(into: registry)
        registerModel(into: registry)
        registerConfiguration(into: registry)
    }

    /// Runs a binding body, turning library errors into script errors that keep their message.
    static func guarded(_ body: () throws -> Value) throws -> Value {
        do { return try body() } catch let error as ModelError {
            throw ScriptError.library(kind: "ModelError", message: error.description)
        } catch let error as NPYError {
            throw ScriptError.library(kind: "NPYError", message: error.description)
        }
    }

    /// The receiver of a method or property as the library type `T`.
    static func receiver<T: ScriptNative>(_ value: Value, _ type: T.Type) throws -> T {
        guard let object = value.native(as: T.self) else {
            throw ScriptError.runtime(kind: "TypeError", message: "expected a \(T.scriptTypeName), got \(value.typeName)")
        }
        return object
    }

    /// An array of tensors as a script array.
    static func tensors(_ list: [Tensor]) -> Value { .array(list.map { .native($0) }) }
}
