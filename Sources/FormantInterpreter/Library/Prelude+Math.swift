import Foundation
import FormantScript

extension Prelude {
    static func registerMath(in registry: Registry) {
        let unary: [(String, String, (Double) -> Double)] = [
            ("sqrt", "The square root of x.", { $0.squareRoot() }),
            ("exp", "e raised to the power x.", { Foundation.exp($0) }),
            ("log", "The natural logarithm of x.", { Foundation.log($0) }),
            ("log2", "The base-2 logarithm of x.", { Foundation.log2($0) }),
            ("log10", "The base-10 logarithm of x.", { Foundation.log10($0) }),
            ("floor", "The largest integer not greater than x, as a Double.", { Foundation.floor($0) }),
            ("ceil", "The smallest integer not less than x, as a Double.", { Foundation.ceil($0) }),
            ("round", "x rounded to the nearest integer, halves away from zero, as a Double.", { Foundation.round($0) }),
            ("sin", "The sine of x (radians).", { Foundation.sin($0) }),
            ("cos", "The cosine of x (radians).", { Foundation.cos($0) }),
            ("tan", "The tangent of x (radians).", { Foundation.tan($0) }),
            ("asin", "The arcsine of x, in radians.", { Foundation.asin($0) }),
            ("acos", "The arccosine of x, in radians.", { Foundation.acos($0) }),
            ("atan", "The arctangent of x, in radians.", { Foundation.atan($0) }),
            ("tanh", "The hyperbolic tangent of x.", { Foundation.tanh($0) }),
        ]
        for (name, doc, function) in unary {
            define(registry, "\(name)(_ x: Double) -> Double", doc: doc) { args, _ in .double(function(try args.double("x"))) }
        }
        define(registry, "pow(_ x: Double, _ y: Double) -> Double", doc: "x raised to the power y.") { args, _ in
            .double(Foundation.pow(try args.double("x"), try args.double("y")))
        }
        define(registry, "atan2(_ y: Double, _ x: Double) -> Double", doc: "The angle of the point (x, y), in radians.") {
            args, _ in
            .double(Foundation.atan2(try args.double("y"), try args.double("x")))
        }
        define(registry, "abs(_ x: Number) -> Number", doc: "The absolute value of an Int or a Double.") { args, _ in
            switch try args.value("x") {
            case .int(let i):
                guard i != .min else { throw InterpreterError.overflow(operator: "abs", left: "", right: String(i)) }
                return .int(Swift.abs(i))
            case .double(let d): return .double(Swift.abs(d))
            case let other:
                throw InterpreterError.typeMismatch(expected: "Int or Double", actual: other.typeName, context: "abs argument of type")
            }
        }
        define(registry, "min(_ x: Comparable, _ rest: Comparable...) -> Comparable",
               doc: "The smallest of its arguments (at least one).") { args, _ in
            try extreme(args, keepsFirst: { try ValueOrdering.less($0, $1) })
        }
        define(registry, "max(_ x: Comparable, _ rest: Comparable...) -> Comparable",
               doc: "The largest of its arguments (at least one).") { args, _ in
            try extreme(args, keepsFirst: { try ValueOrdering.less($1, $0) })
        }
    }

    private static func extreme(_ args: BoundArguments, keepsFirst: (Value, Value) throws -> Bool) throws -> Value {
        let values = Evaluator.unifyNumbers([try args.value("x")] + (try args.array("rest")))
        var best = values[0]
        for value in values.dropFirst() where try keepsFirst(value, best) { best = value }
        return best
    }
}
