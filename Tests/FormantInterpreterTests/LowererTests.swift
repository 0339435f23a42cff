import SwiftParser
import SwiftSyntax
import XCTest

@testable import FormantInterpreter

/// Lowering from the SwiftSyntax tree to the interpreter's own nodes.
final class LowererTests: XCTestCase {
    private func lower(_ code: String) throws -> [Statement] {
        let tree = Parser.parse(source: code)
        return try Lowerer(converter: SourceLocationConverter(fileName: "cell", tree: tree), source: 0).lower(file: tree).statements
    }

    private func expression(_ code: String) throws -> FormantInterpreter.Expression {
        guard case .expression(let expression) = try lower(code).first?.kind else {
            throw XCTSkip("not an expression statement")
        }
        return expression
    }

    /// A compact rendering of an expression tree for assertions.
    private func render(_ expression: FormantInterpreter.Expression) -> String {
        switch expression.kind {
        case .literal(let value): return value.debugText
        case .identifier(let name): return name
        case .binary(let op, let left, let right, _): return "(\(render(left)) \(op) \(render(right)))"
        case .logical(let isAnd, let left, let right): return "(\(render(left)) \(isAnd ? "&&" : "||") \(render(right)))"
        case .nilCoalescing(let left, let right): return "(\(render(left)) ?? \(render(right)))"
        case .range(let lower, let upper, let closed):
            return "(\(lower.map(render) ?? "")\(closed ? "..." : "..<")\(upper.map(render) ?? ""))"
        case .ternary(let c, let a, let b): return "(\(render(c)) ? \(render(a)) : \(render(b)))"
        case .assignment(let target, let value): return "(\(render(target)) = \(render(value)))"
        case .compoundAssignment(let op, let target, let value): return "(\(render(target)) \(op)= \(render(value)))"
        case .prefix(let op, let operand): return "\(op)\(render(operand))"
        case .member(let base, let name): return "\(render(base)).\(name)"
        case .optionalChain(let base): return "\(render(base))?"
        case .optionalEvaluation(let chain): return "chain{\(render(chain))}"
        case .call(let callee, let arguments, let trailing):
            let list = arguments.map { ($0.label.map { "\($0): " } ?? "") + render($0.value) }
            return "\(render(callee))(\(list.joined(separator: ", ")))" + (trailing > 0 ? "+\(trailing)" : "")
        case .closure: return "{closure}"
        case .cast(let inner, let type, _): return "(\(render(inner)) as \(type.text))"
        case .converted(let inner, let type): return "\(type.text)(\(render(inner)))"
        default: return "?"
        }
    }

    func testOperatorsFoldWithSwiftPrecedence() throws {
        XCTAssertEqual(render(try expression("a + b * c - d")), "((a + (b * c)) - d)")
        XCTAssertEqual(render(try expression("a < b && c || !d")), "(((a < b) && c) || !d)")
        XCTAssertEqual(render(try expression("x = y ?? z ?? 1")), "(x = (y ?? (z ?? 1)))")
        XCTAssertEqual(render(try expression("0..<n + 1")), "(0..<(n + 1))")
        XCTAssertEqual(render(try expression("a ? b : c ? d : e")), "(a ? b : (c ? d : e))")
        XCTAssertEqual(render(try expression("total += x * 2")), "(total += (x * 2))")
        XCTAssertEqual(render(try expression("x as Double + 1")), "((x as Double) + 1)")
    }

    func testNegativeLiteralsFoldAndOtherPrefixesStay() throws {
        XCTAssertEqual(render(try expression("-9223372036854775808")), "-9223372036854775808")
        XCTAssertEqual(render(try expression("-x")), "-x")
    }

    func testOptionalChainsCloseAtTheOutermostLink() throws {
        XCTAssertEqual(render(try expression("a?.b.c")), "chain{a?.b.c}")
        XCTAssertEqual(render(try expression("f(a?.b)")), "f(chain{a?.b})")
    }

    func testCallsKeepLabelsAndTrailingClosures() throws {
        XCTAssertEqual(render(try expression("f(1, to: x) { $0 }")), "f(1, to: x, {closure})+1")
        XCTAssertEqual(render(try expression("[Double](repeating: 0, count: 3)")), "[Double](Array(repeating: 0, count: 3))")
    }

    func testClosuresCountTheirShorthandParameters() throws {
        guard case .closure(let closure) = try expression("{ $0 + $2 }").kind else { return XCTFail("not a closure") }
        XCTAssertEqual(closure.shorthandCount, 3)
        XCTAssertTrue(closure.parameters.isEmpty)
    }

    func testFunctionDeclarationsKeepSignatureAndDocComment() throws {
        guard case .function(let function) = try lower("/// Adds one.\nfunc inc(_ x: Int = 0) -> Int { x + 1 }").first?.kind
        else { return XCTFail("not a function") }
        XCTAssertEqual(function.signatureText, "func inc(_ x: Int = 0) -> Int")
        XCTAssertEqual(function.doc, "Adds one.")
        XCTAssertEqual(function.parameters.first?.label, nil)
        XCTAssertEqual(function.returnType, .named("Int"))
    }

    func testTypeAnnotationsLower() throws {
        guard case .declaration(_, _, let type, _) = try lower("let m: [String: [Double]]? = nil").first?.kind
        else { return XCTFail("not a declaration") }
        XCTAssertEqual(type, .optional(.dictionary(.named("String"), .array(.named("Double")))))
    }

    func testLocationsAreOneBasedLineAndColumn() throws {
        let statements = try lower("let a = 1\n  print(a)")
        XCTAssertEqual(statements[1].location, SourceLocation(source: 0, line: 2, column: 3))
    }

    func testUnsupportedConstructsFailAtTheirLocation() {
        for (code, message, line) in [
            ("enum E { case a }", "declaring an enum is not supported in Formant scripts", 1),
            ("let x = 1\nextension Int {}", "an extension is not supported in Formant scripts", 2),
            ("defer { }", "'defer' is not supported in Formant scripts", 1),
            ("let k = \\String.count", "a key path is not supported in Formant scripts", 1),
            ("var p: Int { 1 }", "a computed property or observer is not supported in Formant scripts", 1),
        ] {
            XCTAssertThrowsError(try lower(code), code) { error in
                let raised = error as? RaisedError
                XCTAssertEqual(raised?.message, message)
                XCTAssertEqual(raised?.location?.line, line)
            }
        }
    }
}
