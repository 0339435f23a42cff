import Foundation

/// Locale-free, machine-independent number text for SVG coordinates, tick labels and CSV cells,
/// so that a figure is byte-identical wherever it is rendered.
enum NumberFormat {
    /// `value` rounded half away from zero to `decimals` places, trailing zeros dropped
    /// (`12.50` → `12.5`, `-0.0` → `0`). Used for coordinates.
    static func compact(_ value: Double, decimals: Int = 2) -> String {
        trimmed(fixed(value, decimals: decimals))
    }

    /// `value` with exactly `decimals` places (`fixed(0.5, decimals: 2)` = `0.50`). Used for tick labels.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        let factor = pow(10, Double(decimals))
        let scaled = (value * factor).rounded()
        guard abs(scaled) < 1e15 else { return scientific(value) }
        let magnitude = Int(abs(scaled))
        var digits = String(magnitude)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (scaled < 0 && magnitude != 0 ? "-" : "") + digits
    }

    /// A tick label for `value` on an axis whose ticks are `step` apart: as many decimals as the step needs.
    static func tick(_ value: Double, step: Double) -> String {
        let magnitude = max(abs(value), abs(step))
        if magnitude >= 1e6 || (step > 0 && step < 1e-4) { return scientific(value) }
        let decimals = step > 0 ? max(0, Int((-log10(step) - 1e-9).rounded(.up))) : 0
        return trimmed(fixed(value, decimals: min(decimals, 6)))
    }

    /// A value for a table cell or a label: up to `decimals` places, trailing zeros dropped.
    static func label(_ value: Double, decimals: Int = 3) -> String {
        if value != 0 && (abs(value) >= 1e6 || abs(value) < 1e-3) { return scientific(value) }
        return compact(value, decimals: decimals)
    }

    /// A number in CSV: Swift's shortest round-trip text (`0.1`, `1e-05`), the same on every machine.
    static func csv(_ value: Double) -> String {
        value.isNaN ? "" : value.description
    }

    /// Three significant digits in exponent form: `1.5e+06`, `-2e-05`.
    static func scientific(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return fixed(value, decimals: 0) }
        var exponent = Int(floor(log10(abs(value))))
        var mantissa = (value / pow(10, Double(exponent)) * 100).rounded() / 100
        if abs(mantissa) >= 10 {
            mantissa /= 10
            exponent += 1
        }
        let sign = exponent < 0 ? "-" : "+"
        let exponentText = abs(exponent) < 10 ? "0\(abs(exponent))" : String(abs(exponent))
        return compact(mantissa, decimals: 2) + "e" + sign + exponentText
    }

    private static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result == "-0" ? "0" : result
    }
}
