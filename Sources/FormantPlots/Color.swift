import Foundation

/// An sRGB colour with 8-bit channels, written into SVG as `#rrggbb`.
public struct Color: Equatable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    /// A colour from 8-bit channels.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from `0xRRGGBB`.
    public init(hex: UInt32) {
        self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
    }

    /// A colour from channels in 0...1, rounded to the nearest 8-bit value.
    init(unit red: Double, _ green: Double, _ blue: Double) {
        func byte(_ v: Double) -> UInt8 { UInt8(max(0, min(255, (v * 255).rounded()))) }
        self.init(red: byte(red), green: byte(green), blue: byte(blue))
    }

    /// The SVG/CSS text `#rrggbb`.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        return "#" + [red, green, blue].map { String([digits[Int($0 >> 4)], digits[Int($0 & 0xF)]]) }.joined()
    }

    /// Relative luminance (WCAG 2.x), to pick black or white text over a cell of this colour.
    var luminance: Double {
        func linear(_ c: UInt8) -> Double {
            let v = Double(c) / 255
            return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// Black or white, whichever reads better on this colour.
    var contrastingText: Color { luminance > 0.179 ? .black : .white }

    public static let black = Color(hex: 0x000000)
    public static let white = Color(hex: 0xFFFFFF)
    /// The grey of axes, ticks and secondary text.
    static let axis = Color(hex: 0x444444)
    /// The light grey of grid lines.
    static let grid = Color(hex: 0xE5E5E5)
}
