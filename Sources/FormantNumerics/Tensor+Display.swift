import Foundation
import FormantCore

extension Tensor: RichDisplayable, CustomStringConvertible {
    /// `Tensor [49, 768]` and the first few numbers, as text and as an HTML table (up to 6 × 8 elements).
    public var mimeBundle: MIMEBundle {
        MIMEBundle(plain: description, html: html)
    }

    /// The shape and a preview of the leading elements.
    public var description: String {
        let header = "Tensor \(shape)"
        guard count > 0 else { return header }
        let (rows, columns) = previewSize
        let lines = (0..<rows).map { r in
            (0..<columns).map { Tensor.format(storage[r * rowWidthForPreview + $0]) }.joined(separator: ", ")
                + (columns < rowWidthForPreview ? ", …" : "")
        }
        return header + "\n" + lines.map { "[" + $0 + "]" }.joined(separator: "\n") + (rows < previewRows ? "\n…" : "")
    }

    private var html: String {
        let (rows, columns) = previewSize
        var cells = ""
        for r in 0..<rows {
            cells += "<tr><th>\(r)</th>"
            for c in 0..<columns { cells += "<td>\(Tensor.format(storage[r * rowWidthForPreview + c]))</td>" }
            cells += columns < rowWidthForPreview ? "<td>…</td></tr>" : "</tr>"
        }
        if rows < previewRows { cells += "<tr><th>…</th></tr>" }
        return """
            <div class="formant-tensor"><b>Tensor</b> \(shape.map(String.init).joined(separator: " × ")) \
            (\(count) float32)<table style="font-family:monospace;font-size:11px">\(cells)</table></div>
            """
    }

    /// Rows of the 2-D view shown: the first dimension (1 for vectors and scalars).
    private var previewRows: Int { rank >= 2 ? shape[0] : 1 }
    private var rowWidthForPreview: Int { rank >= 2 ? count / max(1, shape[0]) : count }
    private var previewSize: (Int, Int) { (min(previewRows, 6), min(rowWidthForPreview, 8)) }

    private static func format(_ value: Float) -> String {
        value == value.rounded() && abs(value) < 1e6 ? String(format: "%.1f", value) : String(format: "%.4g", value)
    }
}
