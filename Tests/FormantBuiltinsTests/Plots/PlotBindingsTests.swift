import FormantCore
import FormantPlots
import FormantScript
import Foundation
import XCTest
@testable import FormantBuiltins

final class PlotBindingsTests: XCTestCase {
    private let harness = PlotBindingsHarness()
    private typealias V = PlotValues

    func testEveryFunctionAndMemberIsDocumented() {
        let names = ["plot", "scatter", "heatmap", "grid", "table", "utteranceView", "trainingCurve"]
        for name in names {
            guard let function = harness.registry.functions[name] else { return XCTFail("\(name) not registered") }
            XCTAssertGreaterThan(function.doc.count, 40, name)
        }
        for (typeName, type) in harness.registry.types {
            XCTAssertFalse(type.doc.isEmpty, typeName)
            for (member, method) in type.methods { XCTAssertFalse(method.doc.isEmpty, "\(typeName).\(member)") }
            for (member, property) in type.properties { XCTAssertFalse(property.doc.isEmpty, "\(typeName).\(member)") }
        }
    }

    func testPlotKeepsSeriesOrderAndDefaultsX() throws {
        let series = V.dictionary([("tone", V.numbers([0.2, 0.5, 0.4])), ("sex", V.numbers([0.9, 0.8, 0.7]))])
        let value = try harness.call("plot", [("series", series), ("title", .string("SVCCA"))])
        let chart = try XCTUnwrap(value.native(as: LineChart.self))
        XCTAssertEqual(chart.series.map(\.name), ["tone", "sex"])
        XCTAssertEqual(chart.x, [0, 1, 2])
        XCTAssertEqual(chart.title, "SVCCA")
        XCTAssertNotNil(value.mimeBundle.data["image/svg+xml"])
    }

    func testPlotWithBandsRangeAndPaletteMember() throws {
        let value = try harness.call("plot", [
            ("x", .range(ScriptRange(lower: 0, upper: 2, isClosed: true))),
            ("series", V.dictionary([("tone", .array([.int(1), .double(2), .int(3)]))])),
            ("lower", V.dictionary([("tone", V.numbers([0.5, 1.5, 2.5]))])),
            ("upper", V.dictionary([("tone", V.numbers([1.5, 2.5, 3.5]))])),
            ("yRange", V.numbers([0, 4])), ("palette", .symbol("tolBright")), ("width", .int(500)),
        ])
        let chart = try XCTUnwrap(value.native(as: LineChart.self))
        XCTAssertEqual(chart.series[0].lower, [0.5, 1.5, 2.5])
        XCTAssertEqual(chart.yRange, 0...4)
        XCTAssertEqual(chart.palette, .tolBright)
        XCTAssertEqual(chart.size.width, 500)
    }

    func testPlotErrorsNameTheFunctionAndTheValue() {
        let bad = V.dictionary([("tone", .array([.double(1), .string("x")]))])
        XCTAssertEqual(plotErrorMessage { try self.harness.call("plot", [("series", bad)]) },
                       "plot(x:series:title:xLabel:yLabel:lower:upper:yRange:palette:markers:width:height:): parameter 'series[\"tone\"][1]' expects Double, got String")
        let short = V.dictionary([("tone", V.numbers([1, 2]))])
        XCTAssertEqual(plotErrorMessage { try self.harness.call("plot", [("x", V.numbers([0, 1, 2])), ("series", short)]) },
                       "plot(x:series:title:xLabel:yLabel:lower:upper:yRange:palette:markers:width:height:): series 'tone' has 2 values, expected 3")
        let band = V.dictionary([("phone", V.numbers([1, 2]))])
        XCTAssertTrue(plotErrorMessage { try self.harness.call("plot", [("series", short), ("lower", band)]) }?
            .contains("band given for 'phone', which is not a series") ?? false)
        XCTAssertTrue(plotErrorMessage { try self.harness.call("plot", [("series", short), ("palette", .string("rainbow"))]) }?
            .contains("unknown Palette 'rainbow' (known: okabeIto, tolBright, tolMuted)") ?? false)
        XCTAssertTrue(plotErrorMessage { try self.harness.call("plot", [("series", short), ("height", .int(0))]) }?
            .contains("figure size 640.0×0.0 is invalid") ?? false)
    }

    func testScatterAcceptsRowsAndTuplesAndColoursByKind() throws {
        let rows = Value.array([V.numbers([0, 1]), V.numbers([1, 0]), V.numbers([2, 2])])
        let tuples = Value.array([V.tuple([.double(0), .double(1)]), V.tuple([.int(1), .int(0)]), V.tuple([.double(2), .double(2)])])
        let byTone = try harness.call("scatter", [(nil, rows), ("colorBy", .array([.int(1), .int(3), .int(1)]))])
        XCTAssertEqual(try XCTUnwrap(byTone.native(as: Scatter.self)).coloring, .categories(["1", "3", "1"]))
        let byValue = try harness.call("scatter", [(nil, tuples), ("colorBy", V.numbers([0.1, 0.5, 0.9])),
                                                   ("colorLabel", .string("F0")), ("colorMap", .symbol("cividis"))])
        let scatter = try XCTUnwrap(byValue.native(as: Scatter.self))
        XCTAssertEqual(scatter.coloring, .values([0.1, 0.5, 0.9], label: "F0"))
        XCTAssertEqual(scatter.colorMap, .cividis)
        XCTAssertEqual(scatter.y, [1, 0, 2])
    }

    func testScatterErrors() {
        let ragged = Value.array([V.numbers([0, 1]), V.numbers([1, 0, 5])])
        XCTAssertTrue(plotErrorMessage { try self.harness.call("scatter", [(nil, ragged)]) }?
            .contains("scatter points: row 1 has 3 cells, expected 2") ?? false)
        let rows = Value.array([V.numbers([0, 1])])
        XCTAssertTrue(plotErrorMessage { try self.harness.call("scatter", [(nil, rows), ("colorBy", .symbol("tone"))]) }?
            .contains("colorBy: .tone needs labels attached to the points") ?? false)
        XCTAssertTrue(plotErrorMessage { try self.harness.call("scatter", [(nil, .string("points"))]) }?
            .contains("parameter 'points' expects Array, got String") ?? false)
    }

    func testScatterReadsRowsConvertibleLibraryValues() throws {
        struct Embedding: PlotRowsConvertible, ScriptNative {
            static var scriptTypeName: String { "Embedding" }
            func plotRows() throws -> [[Double]] { [[0, 0], [1, 1]] }
        }
        let value = try harness.call("scatter", [(nil, .native(Embedding()))])
        XCTAssertEqual(try XCTUnwrap(value.native(as: Scatter.self)).x, [0, 1])
    }

    func testHeatmapAndGrid() throws {
        let matrix = Value.array([V.numbers([1, 0.2]), V.numbers([0.2, 1])])
        let heatmap = try harness.call("heatmap", [(nil, matrix), ("rows", V.strings(["a", "b"])),
                                                   ("columns", V.strings(["a", "b"])), ("range", V.numbers([0, 1]))])
        XCTAssertEqual(try XCTUnwrap(heatmap.native(as: Heatmap.self)).range, 0...1)
        let chart = try harness.call("plot", [("series", V.dictionary([("s", V.numbers([1, 2]))]))])
        let grid = try harness.call("grid", [(nil, .array([chart, heatmap])), ("columns", .int(2)), ("title", .string("G"))])
        let figure = try XCTUnwrap(grid.native(as: SmallMultiples.self))
        XCTAssertEqual(figure.panels.count, 2)
        XCTAssertEqual(figure.columns, 2)
        XCTAssertTrue(plotErrorMessage { try self.harness.call("grid", [(nil, .array([chart, .int(3)]))]) }?
            .contains("parameter 'figures[1]' expects LineChart, Scatter or Heatmap, got Int") ?? false)
    }

    func testTableFormatsCellsAndSavesCSV() throws {
        let rows = Value.array([.array([.string("tone"), .double(0.81234567)]), .array([.string("sex"), .int(1)])])
        let value = try harness.call("table", [(nil, rows), ("header", V.strings(["task", "accuracy"]))])
        let table = try XCTUnwrap(value.native(as: Table.self))
        XCTAssertEqual(table.rows, [["tone", "0.8123"], ["sex", "1"]])
        XCTAssertNotNil(value.mimeBundle.data["text/html"])
        XCTAssertEqual(try harness.property(value, "count"), .int(2))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("formant-table-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try harness.method(value, "save", [(nil, .string(path))])
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "task,accuracy\ntone,0.8123\nsex,1\n")
        XCTAssertTrue(plotErrorMessage {
            try self.harness.call("table", [(nil, .array([.array([.int(1)])])), ("header", V.strings(["a", "b"]))])
        }?.contains("table: row 0 has 1 cells, expected 2") ?? false)
    }

    func testFigureSaveWritesSVGAndCSVAndReportsIOErrors() throws {
        let chart = try harness.call("plot", [("series", V.dictionary([("s", V.numbers([1, 2]))]))])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("formant-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("f.svg").path
        _ = try harness.method(chart, "save", [(nil, .string(path))])
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), try harness.property(chart, "svg").stringValue)
        XCTAssertEqual(try String(contentsOfFile: path + ".csv", encoding: .utf8), "x,s\n0.0,1.0\n1.0,2.0\n")
        XCTAssertThrowsError(try harness.method(chart, "save", [(nil, .string(directory.appendingPathComponent("f.png").path))])) {
            XCTAssertTrue("\($0)".contains("ends in .png, but save writes only .svg files"), "\($0)")
        }
        XCTAssertThrowsError(try harness.method(chart, "save", [(nil, .string(directory.appendingPathComponent("f").path))])) {
            XCTAssertTrue("\($0)".contains("has no extension"), "\($0)")
        }
        do {
            _ = try harness.method(chart, "save", [(nil, .string(directory.appendingPathComponent("no/f.svg").path))])
            XCTFail("saving into a missing directory succeeded")
        } catch let error as ScriptError {
            XCTAssertEqual(error.name, "IOError")
            XCTAssertTrue(error.description.contains("does not exist"), error.description)
        }
    }

    func testUtteranceViewTakesTiersAsPairsOrDictionary() throws {
        let intervals = Value.array([V.tuple([.double(0), .double(0.2), .string("ma1")]),
                                     V.tuple([.double(0.2), .double(0.4), .string("ma3")])])
        let asPairs = Value.array([V.tuple([.string("syllable"), intervals])])
        let asDictionary = V.dictionary([("syllable", intervals)])
        for tiers in [asPairs, asDictionary] {
            let value = try harness.call("utteranceView", [
                ("samples", V.numbers((0..<6400).map { sin(Double($0) / 8) })), ("sampleRate", .int(16000)),
                ("pitchTimes", V.numbers([0.1, 0.2])), ("pitchValues", V.numbers([200, 0])), ("tiers", tiers),
            ])
            let view = try XCTUnwrap(value.native(as: UtteranceView.self))
            XCTAssertEqual(view.tiers, [TextGridTier(name: "syllable", intervals: [
                TextGridInterval(start: 0, end: 0.2, label: "ma1"), TextGridInterval(start: 0.2, end: 0.4, label: "ma3"),
            ])])
        }
        let bad = Value.array([V.tuple([.string("w"), .array([V.tuple([.double(0.3), .double(0.1), .string("a")])])])])
        XCTAssertTrue(plotErrorMessage {
            try self.harness.call("utteranceView", [("samples", V.numbers([0, 1])), ("sampleRate", .int(16000)), ("tiers", bad)])
        }?.contains("tier 'w': interval 0 runs from 0.3 to 0.1") ?? false)
    }

    func testTrainingCurveDisplaysOnceThenUpdatesInPlace() throws {
        let curve = try harness.call("trainingCurve", [("title", .string("probe"))])
        XCTAssertEqual(curve.typeName, "TrainingCurve")
        for step in 1...3 {
            _ = try harness.method(curve, "record", [
                ("step", .int(step)), (nil, V.dictionary([("loss", .double(1 / Double(step))), ("accuracy", .double(0.5))])),
            ])
        }
        XCTAssertEqual(harness.output.displays.count, 1)
        let id = try XCTUnwrap(harness.output.displays[0].id)
        XCTAssertEqual(harness.output.updates.map(\.id), [id, id])
        XCTAssertTrue(harness.output.updates[1].bundle.plain.contains("at step 3"))
        XCTAssertNotEqual(harness.output.updates[0].bundle, harness.output.updates[1].bundle)
        XCTAssertTrue(plotErrorMessage {
            try self.harness.method(curve, "record", [("step", .int(4)), (nil, V.dictionary([("loss", .double(.infinity))]))])
        }?.contains("metric 'loss' at step 4 has a non-finite value") ?? false)
    }
}
