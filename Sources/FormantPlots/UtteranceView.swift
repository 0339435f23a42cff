/// An utterance as Praat shows it: waveform, pitch track and TextGrid tiers stacked on one time axis.
///
/// The waveform is drawn as its per-pixel minimum/maximum envelope (so an hour of audio costs as
/// much as a second); pitch values that are NaN or not positive are unvoiced and not drawn.
public struct UtteranceView: Figure {
    public let samples: [Double]
    public let sampleRate: Double
    public let pitchTimes: [Double]
    public let pitchValues: [Double]
    public let tiers: [TextGridTier]
    public let title: String?
    public let size: FigureSize

    /// Okabe–Ito blue for the pitch track, dark navy for the waveform.
    private static let pitchColor = Color(hex: 0x0072B2), waveformColor = Color(hex: 0x1F3A5F)
    private static let waveformHeight = 120.0, pitchHeight = 120.0, tierHeight = 30.0, axisHeight = 40.0

    /// An utterance view; throws when the sample rate is not positive, samples or pitch times are
    /// not finite, pitch arrays differ in length, an interval is inverted, or nothing spans any time.
    public init(
        samples: [Double], sampleRate: Double, pitchTimes: [Double] = [], pitchValues: [Double] = [],
        tiers: [TextGridTier] = [], title: String? = nil, width: Double = 800
    ) throws {
        guard sampleRate.isFinite, sampleRate > 0 else { throw PlotError.invalidSampleRate(sampleRate) }
        try Validation.finite(samples, "waveform samples")
        try Validation.length(pitchValues, pitchTimes.count, "pitch values")
        try Validation.finite(pitchTimes, "pitch times")
        try Validation.noInfinity(pitchValues, "pitch values")
        for tier in tiers {
            for (index, interval) in tier.intervals.enumerated()
            where !(interval.start.isFinite && interval.end.isFinite && interval.start <= interval.end) {
                throw PlotError.invalidInterval(tier: tier.name, index: index, start: interval.start, end: interval.end)
            }
        }
        self.samples = samples
        self.sampleRate = sampleRate
        self.pitchTimes = pitchTimes
        self.pitchValues = pitchValues
        self.tiers = tiers
        self.title = title
        let rowsHeight = (samples.isEmpty ? 0 : Self.waveformHeight) + (pitchTimes.isEmpty ? 0 : Self.pitchHeight)
            + Double(tiers.count) * Self.tierHeight
        self.size = try FigureSize(
            width: width, height: rowsHeight + Self.axisHeight + (title == nil ? 8 : FigureLayout.titleHeight))
        guard duration > 0 else { throw PlotError.emptyData(what: "utterance (no samples, pitch or intervals span any time)") }
    }

    /// The same view from tiers given as (name, [(start, end, label)]) tuples.
    public init(
        samples: [Double], sampleRate: Double, pitchTimes: [Double] = [], pitchValues: [Double] = [],
        tiers: [(name: String, intervals: [(start: Double, end: Double, label: String)])], title: String? = nil,
        width: Double = 800
    ) throws {
        try self.init(
            samples: samples, sampleRate: sampleRate, pitchTimes: pitchTimes, pitchValues: pitchValues,
            tiers: tiers.map { tier in
                TextGridTier(name: tier.name, intervals: tier.intervals.map {
                    TextGridInterval(start: $0.start, end: $0.end, label: $0.label)
                })
            }, title: title, width: width)
    }

    /// The time span shown: to the end of the samples, the last pitch frame or the last interval.
    public var duration: Double {
        let ends = [Double(samples.count) / sampleRate, pitchTimes.max() ?? 0]
            + tiers.flatMap { $0.intervals.map(\.end) }
        return ends.max() ?? 0
    }

    public var svg: String {
        FigureLayout.document(width: size.width, height: size.height, title: title, description: summary, guide: nil) {
            svg, content in
            let left = Axes.margins.left, right = Axes.margins.right
            let time = LinearScale(domain: 0...duration, from: content.x + left, to: content.maxX - right)
            let timeTicks = Ticks(within: 0...duration, count: 8)
            var y = content.y
            if !samples.isEmpty {
                let row = Rect(x: content.x + left, y: y, width: content.width - left - right, height: Self.waveformHeight - 8)
                drawWaveform(into: &svg, row: row, time: time)
                y += Self.waveformHeight
            }
            if !pitchTimes.isEmpty {
                let row = Rect(x: content.x + left, y: y, width: content.width - left - right, height: Self.pitchHeight - 8)
                drawPitch(into: &svg, row: row, time: time)
                y += Self.pitchHeight
            }
            for tier in tiers {
                let row = Rect(x: content.x + left, y: y, width: content.width - left - right, height: Self.tierHeight)
                drawTier(tier, into: &svg, row: row, time: time)
                y += Self.tierHeight
            }
            drawTimeAxis(into: &svg, top: content.y, bottom: y, ticks: timeTicks, time: time)
        }
    }

    private func timeGrid(into svg: inout SVGBuilder, row: Rect, time: LinearScale) {
        svg.open("g", [("stroke", Color.grid.hex), ("stroke-width", "1")])
        for value in Ticks(within: 0...duration, count: 8).values {
            let x = NumberFormat.compact(time(value))
            svg.element("line", [("x1", x), ("y1", NumberFormat.compact(row.y)), ("x2", x), ("y2", NumberFormat.compact(row.maxY))])
        }
        svg.close("g")
    }

    private func drawWaveform(into svg: inout SVGBuilder, row: Rect, time: LinearScale) {
        let peak = max(samples.map(abs).max() ?? 0, 1e-12)
        let amplitude = LinearScale(domain: -peak...peak, from: row.maxY, to: row.y)
        timeGrid(into: &svg, row: row, time: time)
        svg.line(x1: row.x, y1: amplitude(0), x2: row.maxX, y2: amplitude(0), color: .grid)
        let columns = max(1, Int(row.width.rounded(.down)))
        var d = ""
        if samples.count <= columns * 2 {
            d = LineChart.linePath(x: samples.indices.map { Double($0) / sampleRate }, y: samples, time, amplitude)
        } else {
            let perColumn = sampleRate * duration / Double(columns)
            for column in 0..<columns {
                let lower = Int((Double(column) * perColumn).rounded(.down))
                let upper = min(samples.count, Int((Double(column + 1) * perColumn).rounded(.down)))
                guard lower < upper else { continue }
                let slice = samples[lower..<upper]
                let high = slice.reduce(-Double.infinity, max), low = slice.reduce(Double.infinity, min)
                let x = NumberFormat.compact(time(Double(lower) / sampleRate), decimals: 1)
                d += "M\(x) \(NumberFormat.compact(amplitude(high), decimals: 1))V"
                d += NumberFormat.compact(amplitude(low) + 0.1, decimals: 1)
            }
        }
        svg.element("path", [("d", d), ("fill", "none"), ("stroke", Self.waveformColor.hex), ("stroke-width", "1")])
        svg.rect(row, fill: nil, stroke: .axis)
        svg.text("waveform", x: row.x - 6, y: row.midY + 4, anchor: "end", size: 11)
    }

    private func drawPitch(into svg: inout SVGBuilder, row: Rect, time: LinearScale) {
        let voiced = pitchValues.filter { $0.isFinite && $0 > 0 }
        let voicedRange = Validation.extent(voiced) ?? 75...500
        let pad = max(5, (voicedRange.upperBound - voicedRange.lowerBound) * 0.1)
        let ticks = Ticks(covering: (voicedRange.lowerBound - pad)...(voicedRange.upperBound + pad), count: 4)
        let hz = LinearScale(domain: ticks.domain, from: row.maxY, to: row.y)
        timeGrid(into: &svg, row: row, time: time)
        let voicedFrames = zip(pitchTimes, pitchValues).filter { $0.1.isFinite && $0.1 > 0 }
        let d = DotPath.data(voicedFrames.map { (x: time($0.0), y: hz($0.1)) })
        svg.element("path", DotPath.attributes(d, color: Self.pitchColor, diameter: 4))
        svg.rect(row, fill: nil, stroke: .axis)
        svg.open("g", [("font-size", "11")])
        for value in ticks.values {
            svg.line(x1: row.x - 4, y1: hz(value), x2: row.x, y2: hz(value), color: .axis)
            svg.text(NumberFormat.tick(value, step: ticks.step), x: row.x - 6, y: hz(value) + 4, anchor: "end", size: 11)
        }
        svg.close("g")
        svg.text("F0 (Hz)", x: row.x - 44, y: row.midY, anchor: "middle", color: .black, rotate: -90)
    }

    private func drawTier(_ tier: TextGridTier, into svg: inout SVGBuilder, row: Rect, time: LinearScale) {
        svg.rect(row, fill: Color(hex: 0xF7F7F7), stroke: .axis)
        svg.open("g", [("stroke", Color.axis.hex), ("stroke-width", "1")])
        let boundaries = Set(tier.intervals.flatMap { [$0.start, $0.end] }).sorted()
        for boundary in boundaries where boundary > 0 && boundary < duration {
            let x = NumberFormat.compact(time(boundary))
            svg.element("line", [("x1", x), ("y1", NumberFormat.compact(row.y)), ("x2", x), ("y2", NumberFormat.compact(row.maxY))])
        }
        svg.close("g")
        svg.open("g", [("font-size", "12"), ("text-anchor", "middle"), ("fill", "#000000")])
        for interval in tier.intervals where !interval.label.isEmpty {
            let width = time(interval.end) - time(interval.start)
            guard TextMetrics.width(interval.label) <= width - 2 else { continue }
            svg.element("text", [("x", NumberFormat.compact((time(interval.start) + time(interval.end)) / 2)),
                                 ("y", NumberFormat.compact(row.midY + 4))], content: interval.label)
        }
        svg.close("g")
        svg.text(tier.name, x: row.x - 6, y: row.midY + 4, anchor: "end", size: 11, color: .black)
    }

    private func drawTimeAxis(into svg: inout SVGBuilder, top: Double, bottom: Double, ticks: Ticks, time: LinearScale) {
        svg.open("g", [("font-size", "11")])
        for value in ticks.values {
            let x = time(value)
            svg.line(x1: x, y1: bottom, x2: x, y2: bottom + 4, color: .axis)
            svg.text(NumberFormat.tick(value, step: ticks.step), x: x, y: bottom + 16, anchor: "middle", size: 11)
        }
        svg.close("g")
        svg.text("time (s)", x: (time.range.0 + time.range.1) / 2, y: bottom + 34, anchor: "middle", color: .black)
    }

    public var summary: String {
        let parts = ["\(NumberFormat.label(duration))s", "\(samples.count) samples at \(NumberFormat.label(sampleRate)) Hz",
                     "\(pitchTimes.count) pitch frames", "tiers: \(tiers.map(\.name).joined(separator: ", "))"]
        return "UtteranceView\(title.map { " '\($0)'" } ?? ""): " + parts.joined(separator: ", ")
    }

    /// Samples, pitch frames and intervals in one long table: `track, start, end, value, label`.
    public var data: Table {
        var rows = samples.enumerated().map { index, sample in
            ["waveform", NumberFormat.csv(Double(index) / sampleRate), "", NumberFormat.csv(sample), ""]
        }
        rows += zip(pitchTimes, pitchValues).map { ["pitch", NumberFormat.csv($0), "", NumberFormat.csv($1), ""] }
        for tier in tiers {
            rows += tier.intervals.map { [tier.name, NumberFormat.csv($0.start), NumberFormat.csv($0.end), "", $0.label] }
        }
        return Table(checkedHeader: ["track", "start", "end", "value", "label"], rows: rows, title: title)
    }
}
