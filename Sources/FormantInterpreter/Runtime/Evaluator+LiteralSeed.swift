import FormantScript

extension Evaluator {
    /// The arguments of method `name` with an integer-literal initial result made a Double when the receiver
    /// holds Doubles, as Swift infers `[0.5, 0.25].reduce(0, +)`; a value that is not a literal (an Int
    /// variable) stays an Int, so Int and Double still mix only through literals.
    func promotingLiteralSeed(
        of name: String, on receiver: Value, _ values: [Argument], written arguments: [CallArgument]
    ) -> [Argument] {
        guard name == "reduce", let seed = arguments.first, seed.label == nil, seed.value.isIntegerLiteralArithmetic,
              case .int(let integer) = values[0].value, case .array(let elements) = receiver,
              elements.contains(where: { if case .double = $0 { return true } else { return false } })
        else { return values }
        var promoted = values
        promoted[0].value = .double(Double(integer))
        return promoted
    }
}
