/// Swift's standard precedence groups for the infix operators scripts may use, so a flat
/// `SequenceExprSyntax` folds into the tree swiftc would build.
enum OperatorPrecedence {
    /// How an infix operator binds: its strength and whether it groups to the right.
    struct Rule {
        let strength: Int
        let rightAssociative: Bool
    }

    /// The rule for `op`, or `nil` if the operator is not part of the language.
    static func rule(for op: String) -> Rule? {
        switch op {
        case "<<", ">>": return Rule(strength: 160, rightAssociative: false)
        case "*", "/", "%", "&*", "&": return Rule(strength: 150, rightAssociative: false)
        case "+", "-", "&+", "&-", "|", "^": return Rule(strength: 140, rightAssociative: false)
        case "..<", "...": return Rule(strength: 135, rightAssociative: false)
        case "is", "as": return Rule(strength: 132, rightAssociative: false)
        case "??": return Rule(strength: 131, rightAssociative: true)
        case "==", "!=", "<", "<=", ">", ">=", "===", "!==", "~=": return Rule(strength: 130, rightAssociative: false)
        case "&&": return Rule(strength: 120, rightAssociative: false)
        case "||": return Rule(strength: 110, rightAssociative: false)
        case "?:": return Rule(strength: 100, rightAssociative: true)
        case "=", "+=", "-=", "*=", "/=", "%=": return Rule(strength: 90, rightAssociative: true)
        default: return nil
        }
    }
}
