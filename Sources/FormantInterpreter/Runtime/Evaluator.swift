import FormantCore
import FormantScript

/// Runs lowered cells: a tree-walking evaluator over the interpreter's own nodes.
///
/// The evaluator owns the global scope (which persists across cells), the script call stack
/// used for tracebacks, and the guards that turn runaway scripts into script errors: the
/// cancellation flag polled by every loop iteration and call, the call-depth limit and the
/// native-stack guard.
final class Evaluator {
    /// How a statement ended, for loops, `switch` and functions to act on.
    enum Completion {
        case normal
        case breakLoop(String?)
        case continueLoop(String?)
        case returned(Value)
    }

    /// The deepest script call chain allowed.
    static let maximumCallDepth = 10_000

    let registry: Registry
    let sources: SourceArchive
    let conversion: TypeConversion
    /// The cells' shared globals.
    let globals = Scope(parent: nil)
    /// The context of the cell running now (output, cancellation).
    private(set) var context: ScriptContext
    /// The active script calls, outermost first.
    private(set) var callStack: [CallFrame] = []
    /// The location of the call being made, which becomes the callee frame's call site.
    var currentCallSite: SourceLocation?
    /// Names declared at top level by the running cell (a second declaration is an error).
    private var declaredInCell = Set<String>()
    private var stackBase: UInt = 0

    init(registry: Registry, sources: SourceArchive) {
        self.registry = registry
        self.sources = sources
        conversion = TypeConversion(registry: registry)
        context = ScriptContext(output: NullOutput(), cancellation: CancellationToken(), registry: registry)
    }

    /// Runs a cell's statements at top level and gives the value of its last expression, if any.
    ///
    /// With `declaresNames` false (user expressions), names the cell declares do not count against
    /// the redeclaration check of the cell that ran before.
    func run(cell statements: [Statement], context: ScriptContext, showsLastValue: Bool, declaresNames: Bool = true)
        throws -> Value?
    {
        self.context = context
        callStack.removeAll()
        currentCallSite = nil
        if declaresNames { declaredInCell.removeAll() }
        stackBase = ExecutionThread.stackAddress()
        try hoistFunctions(statements, into: globals)
        for (index, statement) in statements.enumerated() {
            if index == statements.count - 1, showsLastValue, case .expression(let expression) = statement.kind {
                let value = try evaluate(expression, in: globals)
                if case .void = value { return nil }
                return value
            }
            switch try execute(statement, in: globals) {
            case .normal: continue
            case .returned: return nil  // `return` at top level ends the cell, as in a script's main file
            case .breakLoop: throw RaisedError(.misplacedControl("break"), at: statement.location)
            case .continueLoop: throw RaisedError(.misplacedControl("continue"), at: statement.location)
            }
        }
        return nil
    }

    // MARK: Guards

    /// Throws `Interrupted` when the user asked to stop.
    @inline(__always)
    func checkCancellation(at location: SourceLocation) throws {
        if context.cancellation.isCancelled {
            throw RaisedError(name: "Interrupted", message: Interrupted().description, at: location)
        }
    }

    /// Enters a script call: checks the depth, the native stack and cancellation.
    func pushFrame(_ name: String, at location: SourceLocation) throws {
        try checkCancellation(at: location)
        if callStack.count >= Self.maximumCallDepth {
            throw RaisedError(.recursionLimit(Self.maximumCallDepth), at: location)
        }
        if stackBase > 0, stackBase &- ExecutionThread.stackAddress() > UInt(ExecutionThread.usableStack) {
            throw RaisedError(.stackExhausted, at: location)
        }
        callStack.append(CallFrame(name: name, callSite: currentCallSite ?? location))
    }

    /// Leaves the innermost script call.
    func popFrame() {
        callStack.removeLast()
    }

    // MARK: Declarations

    /// Declares `name` in `scope`, refusing a second declaration in the same scope (or cell, at top level).
    func declare(_ name: String, _ variable: Variable, in scope: Scope) throws {
        if name == "_" { return }
        if scope === globals {
            if !declaredInCell.insert(name).inserted { throw InterpreterError.redeclaration(name) }
        } else if scope.declaresLocally(name) {
            throw InterpreterError.redeclaration(name)
        }
        scope.set(name, variable)
    }

    /// Declares the block's functions before its first statement runs, so they may call each other.
    func hoistFunctions(_ statements: [Statement], into scope: Scope) throws {
        for statement in statements {
            guard case .function(let declaration) = statement.kind else { continue }
            do {
                try declare(declaration.name, Variable(value: .function(makeFunction(declaration, in: scope)),
                                                       isMutable: false, type: .function), in: scope)
            } catch let error as InterpreterError {
                throw RaisedError(error, at: statement.location)
            }
        }
    }

    // MARK: Errors

    /// Gives an error thrown while evaluating the node at `location` that location and the current stack.
    func locate(_ error: Error, at location: SourceLocation) -> RaisedError {
        var raised: RaisedError
        switch error {
        case let existing as RaisedError: raised = existing
        case let language as InterpreterError: raised = RaisedError(language, at: location)
        default:
            let script = ScriptError(error)
            raised = RaisedError(name: script.name, message: script.description, at: location)
        }
        if raised.location == nil { raised.location = location }
        if raised.frames == nil { raised.frames = callStack }
        return raised
    }

    /// An undefined-name error with a suggestion among the names visible from `scope`.
    func undefinedName(_ name: String, in scope: Scope) -> InterpreterError {
        let candidates = scope.visibleNames + Array(registry.functions.keys) + Array(registry.types.keys)
        return .undefinedName(name, suggestion: EditDistance.suggestion(for: name, among: candidates))
    }
}

/// Output for an evaluator that is not running a cell; nothing is written.
private final class NullOutput: ScriptOutput {
    func write(_ text: String, to stream: OutputStream) {}
    func display(_ bundle: MIMEBundle, displayID: String?) {}
    func update(_ bundle: MIMEBundle, displayID: String) {}
    func clear(wait: Bool) {}
    func readLine(prompt: String, password: Bool) throws -> String { throw Interrupted() }
}
