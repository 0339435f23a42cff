/// The compact encoding of many dots as one SVG path: a zero-length stroke `M x yh0` per point,
/// which SVG 1.1 renders as a dot when the stroke has round caps (SVG 1.1, §11.4, "stroke-linecap"),
/// at 0.1-pixel resolution. About 14 bytes a point.
enum DotPath {
    /// Path data for dots at the given pixel positions.
    static func data(_ points: [(x: Double, y: Double)]) -> String {
        var d = ""
        d.reserveCapacity(points.count * 14)
        for point in points {
            d += "M"
            d += NumberFormat.compact(point.x, decimals: 1)
            d += " "
            d += NumberFormat.compact(point.y, decimals: 1)
            d += "h0"
        }
        return d
    }

    /// The attributes that turn the path into dots of `diameter` pixels in `color`.
    static func attributes(_ d: String, color: Color, diameter: Double, opacity: Double = 1) -> [(String, String)] {
        var attributes = [("d", d), ("stroke", color.hex), ("stroke-width", NumberFormat.compact(diameter)),
                          ("stroke-linecap", "round"), ("fill", "none")]
        if opacity < 1 { attributes.append(("stroke-opacity", NumberFormat.compact(opacity))) }
        return attributes
    }
}
