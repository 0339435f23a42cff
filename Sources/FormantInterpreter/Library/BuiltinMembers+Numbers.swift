import Foundation
import FormantScript

extension BuiltinMembers {
    /// Swift's `Int` members.
    static func makeInt() -> BuiltinMembers {
        var m = BuiltinMembers(typeName: "Int")
        m.property("magnitude", "Int", "The absolute value.") { value in
            guard case .int(let i) = value, i != .min else { throw InterpreterError.overflow(operator: "abs", left: "", right: "Int.min") }
            return .int(abs(i))
        }
        m.property("description", "String", "The number as text.") { .string($0.description) }
        m.method("isMultiple(of other: Int) -> Bool", "Whether the number is a multiple of other.") { receiver, args, _ in
            guard case .int(let i) = receiver else { return .bool(false) }
            return .bool(i.isMultiple(of: try args.int("other")))
        }
        m.method("signum() -> Int", "-1, 0 or 1 as the number is negative, zero or positive.") { receiver, _, _ in
            .int(receiver.intValue?.signum() ?? 0)
        }
        return m
    }

    /// Swift's `Double` members.
    static func makeDouble() -> BuiltinMembers {
        var m = BuiltinMembers(typeName: "Double")
        m.property("isNaN", "Bool", "Whether the value is NaN.") { .bool($0.doubleValue?.isNaN ?? false) }
        m.property("isFinite", "Bool", "Whether the value is finite.") { .bool($0.doubleValue?.isFinite ?? false) }
        m.property("isInfinite", "Bool", "Whether the value is infinite.") { .bool($0.doubleValue?.isInfinite ?? false) }
        m.property("magnitude", "Double", "The absolute value.") { .double(abs($0.doubleValue ?? 0)) }
        m.property("description", "String", "The number as text.") { .string($0.description) }
        m.method("rounded() -> Double", "The value rounded to the nearest integer, halves away from zero.") { receiver, _, _ in
            .double((receiver.doubleValue ?? 0).rounded())
        }
        m.method("squareRoot() -> Double", "The square root.") { receiver, _, _ in
            .double((receiver.doubleValue ?? 0).squareRoot())
        }
        m.method("truncatingRemainder(dividingBy other: Double) -> Double", "The remainder of truncating division.") {
            receiver, args, _ in
            .double((receiver.doubleValue ?? 0).truncatingRemainder(dividingBy: try args.double("other")))
        }
        return m
    }
}
