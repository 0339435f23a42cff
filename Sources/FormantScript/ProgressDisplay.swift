import Foundation
import FormantCore

/// A progress bar in a notebook cell: one `display_data` updated in place with `update_display_data`.
///
/// Updates are throttled to a few per second and always shown at completion, so a tight loop
/// reporting every step costs almost nothing.
final class ProgressDisplay: ProgressReporter {
    private let title: String
    private unowned let context: ScriptContext
    private var displayID: String?
    private var lastShown = Date.distantPast
    private static let interval: TimeInterval = 0.2

    init(title: String, context: ScriptContext) {
        self.title = title
        self.context = context
    }

    func report(_ label: String, completed: Int, total: Int) {
        let now = Date()
        guard completed >= total || now.timeIntervalSince(lastShown) >= Self.interval else { return }
        lastShown = now
        let bundle = Self.bundle(title: title, label: label, completed: completed, total: total)
        if let displayID {
            context.output.update(bundle, displayID: displayID)
        } else {
            let id = context.makeDisplayID("progress")
            displayID = id
            context.output.display(bundle, displayID: id)
        }
    }

    static func bundle(title: String, label: String, completed: Int, total: Int) -> MIMEBundle {
        let fraction = total > 0 ? min(1, max(0, Double(completed) / Double(total))) : 1
        let percent = Int((fraction * 100).rounded())
        let filled = Int((fraction * 30).rounded())
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
        let heading = label == title ? title : "\(title): \(label)"
        let plain = "\(heading) \(bar) \(completed)/\(total) (\(percent)%)"
        let html = """
            <div style="font-family:sans-serif;font-size:12px"><span>\(heading.htmlEscaped)</span> \
            <progress value="\(completed)" max="\(max(total, 1))" style="width:240px;vertical-align:middle"></progress> \
            <span>\(completed)/\(total) (\(percent)%)</span></div>
            """
        return MIMEBundle(plain: plain, html: html)
    }
}
