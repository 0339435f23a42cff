import FormantCore
import FormantScript
import SwiftParser
import SwiftSyntax

/// The Formant script language: parses cells as Swift, lowers them to its own tree and runs them,
/// keeping state across cells; also answers completion, inspection and is-complete requests.
///
/// Cells run on a dedicated big-stack thread; no script, however wrong, crashes the process:
/// every problem becomes an `ExecutionOutcome.failure` with a Jupyter error name, message and traceback.
public final class Interpreter {
    let registry: Registry
    let sources = SourceArchive()
    let evaluator: Evaluator

    /// An interpreter whose scripts reach the library functions and types in `registry`; the
    /// language's own builtins (`print`, `display`, math, conversions) are added to it.
    public init(registry: Registry) {
        self.registry = registry
        Prelude.register(in: registry)
        evaluator = Evaluator(registry: registry, sources: sources)
    }

    /// Runs a cell: its result is the value of its last expression (none when it ends with `;`).
    public func execute(_ code: String, output: ScriptOutput, cancellation: CancellationToken) -> ExecutionOutcome {
        run(code, output: output, cancellation: cancellation, declaresCell: true)
    }

    /// Evaluates an expression (Jupyter's user_expressions) against the current state.
    public func evaluate(_ expression: String, output: ScriptOutput, cancellation: CancellationToken) -> ExecutionOutcome {
        run(expression, output: output, cancellation: cancellation, declaresCell: false)
    }

    private func run(_ code: String, output: ScriptOutput, cancellation: CancellationToken, declaresCell: Bool)
        -> ExecutionOutcome
    {
        let sourceIndex = sources.add(code)
        let context = ScriptContext(output: output, cancellation: cancellation, registry: registry)
        return ExecutionThread.run { [self] in
            let tree = Parser.parse(source: code)
            if let failure = SyntaxFailure.failure(for: tree) { return .failure(failure) }
            do {
                let lowerer = Lowerer(converter: SourceLocationConverter(fileName: "cell", tree: tree), source: sourceIndex)
                let (statements, endsWithSemicolon) = try lowerer.lower(file: tree)
                let value = try evaluator.run(cell: statements, context: context,
                                              showsLastValue: !endsWithSemicolon, declaresNames: declaresCell)
                return .success(value.map(\.mimeBundle))
            } catch {
                return .failure(report(evaluator.locate(error, at: SourceLocation(source: sourceIndex, line: 1, column: 1))))
            }
        }
    }

    private func report(_ error: RaisedError) -> ScriptFailure {
        ScriptFailure(name: error.name, message: error.message,
                      traceback: Traceback.lines(for: error, sources: sources))
    }
}
