/// The frame shared by every figure: the document, a title band at the top, the guide strip at the
/// right, and the remaining content area handed to the figure's own drawing.
enum FigureLayout {
    /// The height of the title band.
    static let titleHeight = 30.0

    /// A complete SVG document of the given size whose content area is drawn by `body`.
    static func document(
        width: Double, height: Double, title: String?, description: String, guide: Guide?,
        colorDomain: ClosedRange<Double>? = nil, body: (inout SVGBuilder, Rect) -> Void
    ) -> String {
        var svg = SVGBuilder(width: width, height: height, title: title ?? "Figure", description: description)
        let top = title == nil ? 8.0 : titleHeight
        if let title {
            svg.text(title, x: width / 2, y: 20, anchor: "middle", size: 15, color: .black, weight: "bold")
        }
        let guideWidth = guide?.width ?? 0
        let content = Rect(x: 0, y: top, width: max(1, width - guideWidth), height: max(1, height - top))
        if let guide {
            let strip = Rect(x: width - guideWidth, y: top, width: guideWidth, height: max(1, height - top - 42))
            guide.draw(into: &svg, frame: strip, domain: colorDomain)
        }
        body(&svg, content)
        return svg.finished()
    }
}

extension Panel {
    /// A panel standing alone: its title on top, its guide at the right, its own scales.
    func standaloneSVG(width: Double, height: Double, description: String) -> String {
        let scales = PanelScales(covering: extents)
        return FigureLayout.document(
            width: width, height: height, title: title, description: description, guide: guide,
            colorDomain: scales.color
        ) { svg, content in
            svg.raw(panelMarkup(in: content, scales: scales))
        }
    }
}
