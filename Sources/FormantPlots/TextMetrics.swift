/// Approximate text widths for layout (legend width, margins, whether a label fits), computed
/// from per-character classes of a generic sans-serif font so results never depend on installed fonts.
enum TextMetrics {
    /// The estimated width in pixels of `text` at `size` pixels.
    static func width(_ text: String, size: Double = 12) -> Double {
        text.unicodeScalars.reduce(0) { $0 + advance($1) } * size
    }

    private static func advance(_ scalar: Unicode.Scalar) -> Double {
        if scalar.value >= 0x2E80 { return 1.0 }  // CJK and other full-width characters
        if "ijlI.,:;|!'` ".unicodeScalars.contains(scalar) { return 0.3 }
        if "mwMW@".unicodeScalars.contains(scalar) { return 0.85 }
        if scalar.properties.isUppercase { return 0.68 }
        return 0.56
    }

    /// `text` shortened with a trailing "…" so that it is at most `width` pixels wide.
    static func truncated(_ text: String, to width: Double, size: Double = 12) -> String {
        guard self.width(text, size: size) > width else { return text }
        var kept = ""
        for character in text {
            if self.width(kept + String(character) + "…", size: size) > width { break }
            kept.append(character)
        }
        return kept + "…"
    }
}
