import FormantCore

/// Accumulates SVG 1.1 markup, one element a line, attributes in the order given, so output is
/// deterministic and diffs of golden files stay readable.
///
/// Only presentation attributes are used (no `<style>`, no `id`s), so figures inlined into the
/// same HTML page, as nbconvert does, can never restyle or reference one another.
struct SVGBuilder {
    private(set) var text = ""
    private var depth = 0

    /// Starts a document of `width`×`height` pixels with an accessible title and description
    /// and a white background (readable under dark notebook themes).
    init(width: Double, height: Double, title: String, description: String) {
        let w = NumberFormat.compact(width), h = NumberFormat.compact(height)
        text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("version", "1.1"), ("width", w), ("height", h),
            ("viewBox", "0 0 \(w) \(h)"), ("font-family", "sans-serif"), ("font-size", "12"),
        ])
        element("title", content: title)
        element("desc", content: description)
        element("rect", [("x", "0"), ("y", "0"), ("width", w), ("height", h), ("fill", "#ffffff")])
    }

    /// Opens a container element (`g`, `svg`); close it with `close`.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        line("<\(name)\(Self.render(attributes))>")
        depth += 1
    }

    /// Closes the innermost open element, named `name`.
    mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    /// An element with attributes and optional escaped text content.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], content: String? = nil) {
        if let content {
            line("<\(name)\(Self.render(attributes))>\(content.htmlEscaped)</\(name)>")
        } else {
            line("<\(name)\(Self.render(attributes))/>")
        }
    }

    /// A `<text>` at (`x`, `y`) with anchor, size and colour; `rotate` turns it about its anchor point.
    mutating func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
        color: Color = .axis, weight: String? = nil, rotate: Double? = nil
    ) {
        let px = NumberFormat.compact(x), py = NumberFormat.compact(y)
        var attributes = [("x", px), ("y", py)]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        if size != 12 { attributes.append(("font-size", NumberFormat.compact(size))) }
        attributes.append(("fill", color.hex))
        if let weight { attributes.append(("font-weight", weight)) }
        if let rotate { attributes.append(("transform", "rotate(\(NumberFormat.compact(rotate)) \(px) \(py))")) }
        element("text", attributes, content: content)
    }

    /// A straight line segment.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, color: Color, width: Double = 1) {
        element("line", [
            ("x1", NumberFormat.compact(x1)), ("y1", NumberFormat.compact(y1)),
            ("x2", NumberFormat.compact(x2)), ("y2", NumberFormat.compact(y2)),
            ("stroke", color.hex), ("stroke-width", NumberFormat.compact(width)),
        ])
    }

    /// A rectangle, filled and optionally outlined.
    mutating func rect(_ r: Rect, fill: Color?, stroke: Color? = nil, extra: [(String, String)] = []) {
        var attributes = [
            ("x", NumberFormat.compact(r.x)), ("y", NumberFormat.compact(r.y)),
            ("width", NumberFormat.compact(r.width)), ("height", NumberFormat.compact(r.height)),
            ("fill", fill?.hex ?? "none"),
        ]
        if let stroke { attributes.append(("stroke", stroke.hex)) }
        element("rect", attributes + extra)
    }

    /// Opens a nested viewport that clips what is drawn inside to `rect` grown by `margin`, keeping
    /// the outer coordinates (its viewBox equals its viewport). Clipping without a `clipPath` needs no
    /// id, so inlined figures cannot collide. Close it with `close("svg")`.
    mutating func openClip(_ rect: Rect, margin: Double) {
        let x = NumberFormat.compact(rect.x - margin), y = NumberFormat.compact(rect.y - margin)
        let w = NumberFormat.compact(rect.width + 2 * margin), h = NumberFormat.compact(rect.height + 2 * margin)
        open("svg", [("x", x), ("y", y), ("width", w), ("height", h), ("viewBox", "\(x) \(y) \(w) \(h)"),
                     ("overflow", "hidden")])
    }

    /// Ends the document and returns its text.
    func finished() -> String {
        text + "</svg>\n"
    }

    private mutating func line(_ markup: String) {
        text += String(repeating: " ", count: depth) + markup + "\n"
    }

    private static func render(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\($0.1.htmlEscaped)\"" }.joined()
    }
}

extension SVGBuilder {
    /// A builder for a fragment of markup (a panel's contents), without document header.
    static func fragment() -> SVGBuilder { SVGBuilder() }

    private init() {}

    /// Appends markup produced by another builder (a panel drawn into a grid cell).
    mutating func raw(_ markup: String) {
        text += markup
    }

    /// The fragment's markup.
    var markup: String { text }
}
