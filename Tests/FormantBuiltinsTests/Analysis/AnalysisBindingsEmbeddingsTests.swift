import FormantCorpus
import FormantModel
import FormantNumerics
import FormantScript
import XCTest
@testable import FormantBuiltins

final class AnalysisBindingsEmbeddingsTests: XCTestCase {
    private let directory = FileManager.default.temporaryDirectory.appendingPathComponent("formant-embedding-bindings-\(getpid())")

    override func tearDown() { try? FileManager.default.removeItem(at: directory) }

    func testModelMethodFormGivesTheSameEmbeddings() {
        let session = BuiltinsScriptSession()
        defer { session.close() }
        session.defineEmbeddings()
        session.run("let viaMethod = model.embeddings(corpus, layers: [1, 2], frames: 160, seed: 1, cache: false)")
        XCTAssertEqual(session.text("viaMethod.layers"), "[1, 2]")
        XCTAssertEqual(session.text("viaMethod.labels(.tone)"), session.text("emb.labels(.tone)"))
        XCTAssertEqual(session.text("viaMethod.layer(2).row(0)"), session.text("emb.layer(2).row(0)"))
        XCTAssertTrue(session.failure("model.embeddings(42)").contains("Corpus"))
    }

    func testEmbeddingsPrintTheirSummary() {
        let session = BuiltinsScriptSession()
        defer { session.close() }
        session.defineEmbeddings()
        XCTAssertEqual(session.text(#""\(emb)".hasPrefix("Embeddings\n  frames: 160 (from ")"#), "true")
        XCTAssertEqual(session.text(#""\(emb)".contains("\n  layers: 0, 1, 2 (width 32)\n  tasks: tone (")"#), "true")
    }

    func testExtractProfileAndSave() throws {
        let harness = AnalysisBindingsHarness()
        harness.registry.type("Task", doc: "test stand-in for the corpus bindings' Task") { type in
            type.staticProperty("tone", type: "Task", doc: "") { .native(NativeObject(typeName: "Task", object: LabelTask.tone())) }
            type.staticProperty("sex", type: "Task", doc: "") { .native(NativeObject(typeName: "Task", object: LabelTask.sex())) }
        }
        let corpus = try Corpus.synthetic(
            SyntheticCorpusOptions(speakers: 4, utterancesPerSpeaker: 2, seed: 2, utteranceDuration: 1.2, snr: nil),
            directory: directory.appendingPathComponent("corpus").path)
        let model = try Wav2Vec2Model.random(configuration: Wav2Vec2Configuration {
            $0.hiddenSize = 16; $0.numHiddenLayers = 2; $0.numAttentionHeads = 2; $0.intermediateSize = 32
            $0.convDim = Array(repeating: 8, count: 7); $0.numConvPosEmbeddings = 8; $0.numConvPosEmbeddingGroups = 2
        }, seed: 1)
        let e = try harness.call("embeddings", [
            (nil, .native(NativeObject(typeName: "Model", object: model))), (nil, .native(NativeObject(typeName: "Corpus", object: corpus))),
            ("layers", .array([.int(1), .int(2)])), ("tasks", .array([.symbol("tone"), .symbol("sex")])), ("frames", .int(60)),
            ("cache", .bool(false)),
        ])
        XCTAssertEqual(try harness.property(e, "count"), .int(60))
        XCTAssertEqual(try harness.property(e, "layers"), .array([.int(1), .int(2)]))
        let layer = try harness.method(e, "layer", [(nil, .int(2))])
        XCTAssertEqual(layer.native(as: Tensor.self)?.shape, [60, 16])
        XCTAssertEqual(try harness.method(e, "labels", [(nil, .symbol("sex"))]).arrayValue?.count, 60)
        let profile = try harness.method(e, "profile", [])
        XCTAssertEqual(try harness.property(profile, "values").arrayValue?.count, 2)
        let svcca = try harness.call("svcca", [(nil, layer), ("labels", try harness.method(e, "labels", [(nil, .symbol("tone"))]))])
        XCTAssertGreaterThan(try harness.property(svcca, "mean").doubleValue!, 0)
        let out = directory.appendingPathComponent("export").path
        _ = try harness.method(e, "save", [(nil, .string(out))])
        XCTAssertEqual(try NPYArray(contentsOf: URL(fileURLWithPath: out + "/layer_1.npy")).shape, [60, 16])
        XCTAssertThrowsError(try harness.method(e, "layer", [(nil, .int(0))])) { XCTAssertTrue("\($0)".contains("[1, 2]"), "\($0)") }
    }
}
