import FormantBuiltins
import FormantCore
import FormantInterpreter
import FormantScript
import Foundation
import XCTest

/// The members joining two libraries, as a notebook cell uses them, run by the real interpreter
/// over every library binding: a small synthetic corpus, an untrained model, their embeddings.
final class FigureBindingsTests: XCTestCase {
    private let session = BuiltinsScriptSession()
    private var interpreter: Interpreter { session.interpreter }
    private var output: PlotRecordingOutput { session.output }

    override func tearDown() { session.close() }

    private func run(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> MIMEBundle? {
        session.run(code, file: file, line: line)
    }

    func testCorpusSubscriptProfilePlotHeatmapAndUMAPScatter() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("formant-figure-bindings-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = run("""
            let corpus = Corpus.synthetic(speakers: 2, utterancesPerSpeaker: 2, seed: 5, directory: "\(directory.path)", duration: 1.5)
            let model = Model.random(layers: 2, width: 32, seed: 1)
            let emb = embeddings(model, corpus, frames: 200, seed: 1, cache: false)
            """)
        let utterance = try XCTUnwrap(run("corpus[1].plot()"))
        XCTAssertNotNil(utterance.data["image/svg+xml"])
        XCTAssertTrue(utterance.plain.contains("tiers: words, phones"), utterance.plain)
        XCTAssertFalse(utterance.plain.contains(" 0 pitch frames"), "synthetic speech is voiced: \(utterance.plain)")

        let profile = try XCTUnwrap(run("emb.profile(measure: .svcca).plot(title: \"profile\")"))
        XCTAssertTrue(profile.plain.hasPrefix("LineChart 'profile': 3 series (tone, phone, sex)"), profile.plain)

        let heatmap = try XCTUnwrap(run("similarity(emb.layers.map { emb.layer($0) }, measure: .cka).heatmap()"))
        XCTAssertTrue(heatmap.plain.hasPrefix("Heatmap"), heatmap.plain)
        XCTAssertTrue(heatmap.plain.contains("3×3"), heatmap.plain)

        let scatter = try XCTUnwrap(run("umap(emb.layer(2), neighbors: 5, seed: 1, labels: emb.labels(.sex), epochs: 20).scatter()"))
        XCTAssertNotNil(scatter.data["image/svg+xml"])
        XCTAssertTrue(scatter.plain.hasPrefix("Scatter"), scatter.plain)
    }

    func testUMAPOfALayerIsColouredByATask() throws {
        session.defineEmbeddings()
        _ = run("let u = umap(emb.layer(2), neighbors: 5, seed: 1, epochs: 20)")
        let byTask = try XCTUnwrap(run("u.scatter(colorBy: .tone)")?.data["image/svg+xml"])
        let byLabels = try XCTUnwrap(run("u.scatter(colorBy: emb.labels(.tone))")?.data["image/svg+xml"])
        XCTAssertEqual(byTask, byLabels)
        XCTAssertNotEqual(byTask, run("u.scatter(colorBy: .sex)")?.data["image/svg+xml"])
        XCTAssertEqual(run("umap(emb.layer(2), neighbors: 5, seed: 1, epochs: 20).scatter(colorBy: Task.tone)")?.data["image/svg+xml"], byTask)
    }

    func testScatterByATaskWithoutEmbeddingsShowsTheExplicitForm() {
        session.defineEmbeddings()
        let message = session.failure("umap(pca(emb.layer(2), 3).scores, neighbors: 5, seed: 1, epochs: 20).scatter(colorBy: .tone)")
        XCTAssertTrue(message.contains("this UMAP does not come from embeddings"), message)
        XCTAssertTrue(message.contains("`colorBy: emb.labels(.tone)`"), message)
    }

    func testSubscriptOutOfRangeIsAScriptError() {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("formant-figure-bindings-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = run("let small = Corpus.synthetic(speakers: 2, utterancesPerSpeaker: 1, seed: 2, directory: \"\(directory.path)\", duration: 1)")
        guard case .failure(let failure) = interpreter.execute("small[5]", output: output, cancellation: CancellationToken()) else {
            return XCTFail("indexing past the end must fail")
        }
        XCTAssertTrue(failure.message.contains("5"), failure.message)
    }
}
