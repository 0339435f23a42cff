/// The point symbol of a series: shape as well as colour tells series apart, for colour-blind
/// readers and greyscale printing.
public enum Marker: String, CaseIterable {
    case circle, square, triangle, diamond, triangleDown

    /// The `index`-th marker of the default sequence (cycling).
    public static func cycle(_ index: Int) -> Marker { allCases[index % allCases.count] }

    /// Path data drawing this marker centred on (`x`, `y`) with radius `r`.
    func path(x: Double, y: Double, r: Double) -> String {
        let f = { NumberFormat.compact($0) }
        switch self {
        case .circle:
            return "M\(f(x - r)) \(f(y))a\(f(r)) \(f(r)) 0 1 0 \(f(2 * r)) 0a\(f(r)) \(f(r)) 0 1 0 \(f(-2 * r)) 0z"
        case .square:
            return "M\(f(x - r * 0.85)) \(f(y - r * 0.85))h\(f(r * 1.7))v\(f(r * 1.7))h\(f(-r * 1.7))z"
        case .triangle:
            return "M\(f(x)) \(f(y - r * 1.1))L\(f(x + r)) \(f(y + r * 0.7))H\(f(x - r))z"
        case .triangleDown:
            return "M\(f(x)) \(f(y + r * 1.1))L\(f(x + r)) \(f(y - r * 0.7))H\(f(x - r))z"
        case .diamond:
            return "M\(f(x)) \(f(y - r * 1.2))L\(f(x + r)) \(f(y))L\(f(x)) \(f(y + r * 1.2))L\(f(x - r)) \(f(y))z"
        }
    }
}
