import FormantCore
import FormantInterpreter
import FormantPlots
import FormantScript
import Foundation
import XCTest
@testable import FormantBuiltins

/// The plotting functions as a notebook user writes them, run by the real interpreter.
final class PlotScriptTests: XCTestCase {
    private let harness = PlotBindingsHarness()
    private lazy var interpreter = Interpreter(registry: harness.registry)

    /// Runs `code` as a cell; returns the result's bundle or fails the test with the script error.
    private func run(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> MIMEBundle? {
        switch interpreter.execute(code, output: harness.output, cancellation: CancellationToken()) {
        case .success(let bundle): return bundle
        case .failure(let failure):
            XCTFail("\(failure.name): \(failure.message)\n\(failure.traceback.joined(separator: "\n"))", file: file, line: line)
            return nil
        }
    }

    private func failure(_ code: String) -> ScriptFailure? {
        if case .failure(let failure) = interpreter.execute(code, output: harness.output, cancellation: CancellationToken()) {
            return failure
        }
        return nil
    }

    func testLayerProfileCellShowsAnSVGFigure() throws {
        let bundle = run("""
            let layers = Array(0...12)
            let tone = layers.map { 0.3 + 0.04 * Double($0) }
            let sex = layers.map { 0.9 - 0.03 * Double($0) }
            plot(x: layers, series: ["tone": tone, "sex": sex], title: "SVCCA per layer", xLabel: "layer", yLabel: "SVCCA")
            """)
        let svg = try XCTUnwrap(bundle?.data["image/svg+xml"])
        XCTAssertTrue(svg.contains("<title>SVCCA per layer</title>"))
        XCTAssertTrue(bundle?.plain.hasPrefix("LineChart 'SVCCA per layer': 2 series (tone, sex)") ?? false, bundle?.plain ?? "")
    }

    func testScatterGridTableAndSaveFromAScript() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("formant-script-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let bundle = run("""
            let points = [[0.0, 1.0], [1.0, 0.5], [2.0, 2.0], [3.0, 1.5]]
            let tones = [1, 2, 1, 4]
            let a = scatter(points, colorBy: tones, title: "tone", palette: .tolBright)
            let b = heatmap([[1.0, 0.2], [0.2, 1.0]], rows: ["a", "b"], columns: ["a", "b"], colorMap: .cividis)
            let g = grid([a, b], columns: 2, title: "panels")
            g.save("\(directory.path)/grid.svg")
            table([["tone", 0.8125], ["sex", 0.97]], header: ["task", "accuracy"])
            """)
        XCTAssertTrue(bundle?.data["text/html"]?.contains("<td style=\"text-align:right\">0.8125</td>") ?? false)
        let saved = try String(contentsOfFile: directory.appendingPathComponent("grid.svg").path, encoding: .utf8)
        XCTAssertTrue(saved.contains("<title>panels</title>"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("grid.svg.csv").path))
    }

    func testTrainingCurveUpdatesItsDisplayFromALoop() throws {
        _ = run("""
            let curve = trainingCurve(title: "probe")
            for step in 1...5 {
                curve.record(step: Double(step), ["loss": 1.0 / Double(step), "accuracy": 0.1 * Double(step)])
            }
            """)
        XCTAssertEqual(harness.output.displays.count, 1)
        XCTAssertEqual(harness.output.updates.count, 4)
        XCTAssertEqual(Set(harness.output.updates.map(\.id)), [harness.output.displays[0].id!])
    }

    func testBadArgumentsReportTheCall() throws {
        let bad = try XCTUnwrap(failure("plot(x: [0, 1, 2], series: [\"tone\": [1.0, 2.0]])"))
        XCTAssertEqual(bad.name, "ArgumentError")
        XCTAssertTrue(bad.message.contains("series 'tone' has 2 values, expected 3"), bad.message)
        let palette = try XCTUnwrap(failure("plot(series: [\"a\": [1.0]], palette: .rainbow)"))
        XCTAssertTrue(palette.message.contains("rainbow"), palette.message)
    }
}
