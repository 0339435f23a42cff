import Foundation
@testable import FormantPlots

/// The fixed figures of every kind that the golden tests and the browser test use.
enum FigureFixtures {
    /// A 13-layer profile of three tasks with bands, like the study's Figures 1–3.
    static func layerProfile() throws -> LineChart {
        let layers = (0...12).map(Double.init)
        let tone = layers.map { 0.35 + 0.4 * sin($0 / 12 * .pi) }
        let phone = layers.map { 0.5 + 0.3 * sin(($0 + 2) / 14 * .pi) }
        let sex = layers.map { 0.8 - 0.04 * $0 }
        return try LineChart(
            x: layers,
            series: [
                LineSeries("tone", values: tone, lower: tone.map { $0 - 0.05 }, upper: tone.map { $0 + 0.05 }),
                LineSeries("phone", values: phone),
                LineSeries("sex", values: sex),
            ],
            title: "SVCCA per layer", xLabel: "layer", yLabel: "SVCCA similarity")
    }

    /// 600 points in five tone clusters with tooltips.
    static func toneScatter() throws -> Scatter {
        var random = TestRandom(seed: 7)
        var x: [Double] = [], y: [Double] = [], labels: [String] = []
        for index in 0..<600 {
            let tone = index % 5 + 1
            let angle = Double(tone) / 5 * 2 * .pi
            x.append(4 * cos(angle) + random.normal())
            y.append(4 * sin(angle) + random.normal())
            labels.append(String(tone))
        }
        let tooltips = labels.indices.map { "frame \($0), tone \(labels[$0])" }
        return try Scatter(x: x, y: y, coloring: .categories(labels), tooltips: tooltips,
                           title: "UMAP coloured by tone", xLabel: "UMAP 1", yLabel: "UMAP 2")
    }

    /// 3,000 points coloured by a continuous value (no tooltips: compact encoding).
    static func valueScatter() throws -> Scatter {
        var random = TestRandom(seed: 11)
        let x = (0..<3000).map { _ in random.normal() }
        let y = x.map { $0 * 0.5 + random.normal() * 0.5 }
        return try Scatter(x: x, y: y, coloring: .values(x.map { $0 * $0 }, label: "x²"), title: "Continuous colour")
    }

    /// A 5×5 tone confusion matrix.
    static func confusion() throws -> Heatmap {
        let matrix: [[Double]] = (0..<5).map { row in
            (0..<5).map { column -> Double in
                let distance = Double(abs(row - column))
                return row == column ? 0.6 + 0.05 * Double(row) : 0.1 - 0.01 * distance
            }
        }
        let tones = ["T1", "T2", "T3", "T4", "T5"]
        return try Heatmap(matrix, rowLabels: tones, columnLabels: tones, title: "Tone confusion",
                           xLabel: "predicted", yLabel: "true", range: 0...1)
    }

    /// A 4-panel grid of line charts sharing their scales.
    static func grid() throws -> SmallMultiples {
        let layers = (0...12).map(Double.init)
        let panels = try ["base", "fine-tuned (Mandarin)", "fine-tuned (English)", "random init"].enumerated().map { index, name in
            try LineChart(x: layers, series: [
                LineSeries("tone", values: layers.map { 0.3 + 0.05 * Double(index) + 0.3 * sin($0 / 12 * .pi) }),
                LineSeries("sex", values: layers.map { 0.9 - 0.03 * $0 * Double(index + 1) / 2 }),
            ], title: name, xLabel: "layer", yLabel: "SVCCA")
        }
        return try SmallMultiples(panels, columns: 2, title: "SVCCA profiles by model")
    }

    /// A training curve of 40 steps with loss and accuracy.
    static func training() throws -> TrainingCurve {
        let curve = TrainingCurve(title: "Tone probe training")
        for step in 1...40 {
            let s = Double(step)
            try curve.record(step: s, [("loss", 1.6 * exp(-s / 12) + 0.2), ("accuracy", 0.9 - 0.7 * exp(-s / 10))])
        }
        return curve
    }

    /// A 0.6-second synthetic utterance: a tone-like glide, pitch track and two tiers.
    static func utterance() throws -> UtteranceView {
        let rate = 16_000.0
        var phase = 0.0
        let samples = (0..<9600).map { index -> Double in
            let t = Double(index) / rate
            phase += 2 * .pi * (220 - 80 * t) / rate
            let envelope = t < 0.05 || t > 0.55 ? 0.05 : 0.8
            return envelope * sin(phase)
        }
        let pitchTimes = stride(from: 0.0, to: 0.6, by: 0.01).map { $0 }
        let pitchValues = pitchTimes.map { $0 < 0.05 || $0 > 0.55 ? Double.nan : 220 - 80 * $0 }
        return try UtteranceView(
            samples: samples, sampleRate: rate, pitchTimes: pitchTimes, pitchValues: pitchValues,
            tiers: [
                (name: "syllable", intervals: [(0, 0.05, ""), (0.05, 0.3, "ma1"), (0.3, 0.55, "ma3"), (0.55, 0.6, "")]),
                (name: "tone", intervals: [(0, 0.05, ""), (0.05, 0.3, "1"), (0.3, 0.55, "3"), (0.55, 0.6, "")]),
            ],
            title: "妈妈 (ma1 ma3)")
    }

    /// Every figure of the golden set, by golden name.
    static func all() throws -> [(String, any Figure)] {
        [
            ("line-chart", try layerProfile()), ("scatter-categories", try toneScatter()),
            ("scatter-values", try valueScatter()), ("heatmap", try confusion()), ("grid", try grid()),
            ("training-curve", try training()), ("utterance", try utterance()),
        ]
    }
}
