import Foundation
import FormantCore

extension Corpus: RichDisplayable {
    /// Corpora up to this size get durations and class counts in their summary (they read every header and TextGrid).
    static let summaryDetailLimit = 2_000

    /// An HTML table: utterances, hours, speakers by sex, frames per class for tone and sex (and the phone
    /// inventory size) when aligned, and the load report; large corpora leave out what needs every file read.
    public var mimeBundle: MIMEBundle {
        var rows: [(String, String)] = [("utterances", "\(count)")]
        let bySex = Dictionary(grouping: speakers, by: \.sex)
        rows.append(("speakers", "\(speakers.count) (\(bySex[.female]?.count ?? 0) F, \(bySex[.male]?.count ?? 0) M)"))
        let detailed = count <= Corpus.summaryDetailLimit
        rows.append(("hours", detailed ? summaryValue { String(format: "%.3f", try hours()) } : "— (large corpus: not computed)"))
        if detailed, utterances.contains(where: { $0.alignmentPath != nil }) {
            for task in [LabelTask.tone(), .sex()] {
                rows.append(("\(task.name) frames", summaryValue {
                    let counts = try classCounts(task: task)
                    return zip(try inventory(for: task).names, counts).map { "\($0) \($1)" }.joined(separator: ", ")
                }))
            }
            rows.append(("phone classes", summaryValue { "\(try inventory(for: .phone()).count)" }))
        }
        rows.append(("load report", report.summary))
        let table = SummaryTable(title: "Corpus \(name)", entries: rows)
        var html = table.html
        if !report.skipped.isEmpty {
            let items = report.skipped.prefix(20).map { "<li><code>\($0.path.htmlEscaped)</code>: \($0.reason.htmlEscaped)</li>" }
            let more = report.skipped.count > 20 ? "<li>… and \(report.skipped.count - 20) more</li>" : ""
            html += "<details><summary>\(report.skipped.count) skipped file(s)</summary><ul>\(items.joined())\(more)</ul></details>"
        }
        return MIMEBundle(plain: table.plain, html: html)
    }

    /// The total duration in hours (reads every WAV header).
    public func hours() throws -> Double {
        try utterances.reduce(0) { $0 + (try $1.duration()) } / 3_600
    }

    private func summaryValue(_ compute: () throws -> String) -> String {
        do { return try compute() } catch { return "unavailable: \(error)" }
    }
}
