import FormantCore
import FormantScript

/// The language's own global functions and types (`print`, `display`, math, conversions, …),
/// registered in the registry like any library function so completion and inspect cover them.
enum Prelude {
    /// Registers every prelude function and type that the registry does not already define.
    static func register(in registry: Registry) {
        registerOutput(in: registry)
        registerFileHandles(in: registry)
        registerMath(in: registry)
        registerConversions(in: registry)
        registerSequences(in: registry)
        registerTypes(in: registry)
    }

    /// Registers a function unless a library already registered one with that name.
    static func define(
        _ registry: Registry, _ signature: String, doc: String,
        body: @escaping (BoundArguments, ScriptContext) throws -> Value
    ) {
        guard registry.functions[Signature(signature).name] == nil else { return }
        registry.function(signature, doc: doc, body: body)
    }

    private static func registerOutput(in registry: Registry) {
        define(
            registry, "print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")",
            doc: "Writes the items' textual representations to standard output, separated by separator and "
                + "followed by terminator."
        ) { args, context in
            let items = try args.array("items").map(\.description)
            let separator = try args.string("separator", default: " ") ?? " "
            let terminator = try args.string("terminator", default: "\n") ?? "\n"
            context.output.write(items.joined(separator: separator) + terminator, to: .stdout)
            return .void
        }
        define(
            registry, "display(_ value: Any, id: String = nil)",
            doc: "Shows a value in the notebook with its richest representation (figures, tables). "
                + "With an id, a later updateDisplay(_:id:) replaces it in place."
        ) { args, context in
            context.output.display(try args.value("value").mimeBundle, displayID: try args.string("id", default: nil))
            return .void
        }
        define(
            registry, "updateDisplay(_ value: Any, id: String)",
            doc: "Replaces what display(_:id:) showed under the same id."
        ) { args, context in
            context.output.update(try args.value("value").mimeBundle, displayID: try args.string("id"))
            return .void
        }
        define(
            registry, "clearOutput(wait: Bool = false)",
            doc: "Clears the cell's output; with wait, only when new output arrives (for animations)."
        ) { args, context in
            context.output.clear(wait: try args.bool("wait", default: false))
            return .void
        }
        define(
            registry, "readLine(strippingNewline: Bool = true) -> String?",
            doc: "Asks the user for a line of text (an input box in the notebook)."
        ) { _, context in
            do {
                return .string(try context.output.readLine(prompt: "", password: false))
            } catch {
                throw InterpreterError.readLineUnavailable(String(describing: error))
            }
        }
        define(
            registry, "assert(_ condition: Bool, _ message: String = \"\")",
            doc: "Stops the cell with an error when condition is false."
        ) { args, _ in
            guard try args.bool("condition") else {
                let message = try args.string("message", default: "") ?? ""
                throw InterpreterError.assertionFailed(message)
            }
            return .void
        }
        define(
            registry, "fatalError(_ message: String = \"\")",
            doc: "Stops the cell with an error carrying message."
        ) { args, _ in
            throw InterpreterError.thrown(try args.string("message", default: "fatal error") ?? "fatal error")
        }
    }
}
