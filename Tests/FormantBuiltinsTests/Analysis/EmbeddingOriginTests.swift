import Foundation
import FormantCore
import XCTest

/// Task labels travelling with a layer of embeddings: every form that takes a task for labels, run by
/// the real interpreter, gives what the explicit labels give; values without embeddings say so.
final class EmbeddingOriginTests: XCTestCase {
    private let session = BuiltinsScriptSession()

    override func setUp() { session.defineEmbeddings() }
    override func tearDown() { session.close() }

    func testSVCCAPWCCAAndCKAAgainstATask() {
        session.run("let x = emb.layer(2)")
        XCTAssertEqual(session.text("svcca(emb.layer(2), labels: .tone).mean"), session.text("svcca(x, labels: emb.labels(.tone)).mean"))
        XCTAssertEqual(session.text("svcca(x, labels: Task.sex).correlations"), session.text("svcca(x, labels: emb.labels(.sex)).correlations"))
        XCTAssertNotEqual(session.text("svcca(x, labels: .tone).mean"), session.text("svcca(x, labels: .sex).mean"))
        XCTAssertEqual(session.text("pwcca(x, labels: .phone).mean"), session.text("pwcca(x, labels: emb.labels(.phone)).mean"))
        XCTAssertEqual(session.text("cka(x, labels: .sex)"), session.text("cka(x, labels: emb.labels(.sex))"))
    }

    func testProbeOfALayerAndOfEveryLayer() throws {
        XCTAssertEqual(
            session.text("probe(emb.layer(1), task: .tone).balancedAccuracy"),
            session.text("probe(emb.layer(1), labels: emb.labels(.tone), groups: emb.speakers).balancedAccuracy"))
        XCTAssertEqual(
            session.text("probe(emb.layer(1), labels: .sex).accuracy"),
            session.text("probe(emb.layer(1), labels: emb.labels(.sex), groups: emb.speakers).accuracy"))
        XCTAssertGreaterThan(Int(session.text("probe(emb.layer(1), task: .tone).iterations") ?? "") ?? 0, 0)
        XCTAssertEqual(session.text("probe(emb, task: .tone).layers"), "[\"layer 0\", \"layer 1\", \"layer 2\"]")
        XCTAssertEqual(session.text("probe(emb, task: .tone).tasks"), "[\"tone\"]")
        XCTAssertEqual(
            session.text("probe(emb, task: .sex).values.map { $0[0] }"),
            session.text("emb.profile(measure: .probe).values.map { $0[2] }"))
    }

    func testProbeStoppingArguments() {
        XCTAssertEqual(session.text("probe(emb.layer(1), task: .tone, tol: 0, maxIterations: 3).iterations"), "3")
        XCTAssertEqual(
            session.text("probe(emb, task: .tone, tol: 0, maxIterations: 3).values.map { $0[0] }[1]"),
            session.text("probe(emb.layer(1), task: .tone, tol: 0, maxIterations: 3).balancedAccuracy"))
        XCTAssertTrue(session.failure("probe(emb.layer(1), task: .tone, tol: -1)").contains("'tol' is -1.0"))
        XCTAssertTrue(session.failure("probe(emb, task: .tone, maxIterations: 0)").contains("'maxIterations' is 0"))
    }

    func testProbeOfEveryLayerHoldsOutTheGivenSpeakers() {
        XCTAssertEqual(
            session.text("probe(emb, task: .tone, testGroups: [emb.speakers[0]]).values.map { $0[0] }[1]"),
            session.text("probe(emb.layer(1), task: .tone, testGroups: [emb.speakers[0]]).balancedAccuracy"))
        XCTAssertTrue(session.failure(#"probe(emb, task: .tone, testGroups: ["nobody"])"#).contains("frames both in the training and the test groups"))
    }

    func testProfileOfEmbeddingsInEitherLabelOrder() {
        let all = session.text("emb.profile(measure: .svcca).values")
        XCTAssertEqual(session.text("profile(emb, measure: .svcca, tasks: [.tone, .phone, .sex]).values"), all)
        XCTAssertEqual(session.text("profile(emb).values"), all)
        XCTAssertEqual(session.text("profile(emb, tasks: [.sex], measure: .cka).tasks"), "[\"sex\"]")
        XCTAssertEqual(
            session.text("profile(emb, measure: .cka, tasks: [.sex]).values"),
            session.text("profile(emb.layers.map { emb.layer($0) }, tasks: [\"sex\": emb.labels(.sex)], measure: .cka).values"))
        XCTAssertEqual(
            session.text("profile(emb, measure: .probe, tasks: [.sex]).values"),
            session.text("emb.profile(measure: .probe).values.map { [$0[2]] }"))
    }

    func testSimilarityOfTwoEmbeddings() throws {
        func values(_ code: String) throws -> [[Double]] {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data((session.text(code) ?? "").utf8)) as? [[Double]], code)
        }
        let both = try values("similarity(emb, emb, measure: .cka).values")
        let itself = try values("similarity(emb.layers.map { emb.layer($0) }, measure: .cka).values")
        XCTAssertEqual(both.count, 3)
        for (row, mirroredRow) in zip(both, itself) {
            for (value, mirrored) in zip(row, mirroredRow) { XCTAssertEqual(value, mirrored, accuracy: 1e-12) }
        }
        XCTAssertEqual(itself, (0..<3).map { i in (0..<3).map { itself[$0][i] } }, "one model against itself is symmetric")
        XCTAssertEqual(session.text("similarity(emb).rows"), "[\"layer 0\", \"layer 1\", \"layer 2\"]")
        XCTAssertTrue(session.failure("similarity(emb, measure: .cka, keep: 0.5)").contains("measure .cka keeps every direction"))
        XCTAssertEqual(session.text("similarity([emb.layer(2), emb.layer(1)]).rows"), "[\"layer 2\", \"layer 1\"]")
        XCTAssertEqual(session.text("similarity([emb.layer(2), emb.layer(2)]).rows"), "[\"layer 0\", \"layer 1\"]")
        XCTAssertEqual(session.text("profile([emb.layer(2), pca(emb.layer(1), 3).scores], tasks: [\"tone\": emb.labels(.tone)]).layers"),
                       "[\"layer 0\", \"layer 1\"]")
        let message = session.failure("similarity(emb, embeddings(model, corpus, frames: 80, seed: 9, cache: false))")
        XCTAssertTrue(message.contains("the two embeddings hold different frames (160 and 80)"), message)
        let sampled = session.failure("similarity(emb, embeddings(model, corpus, frames: 160, seed: 2, cache: false))")
        let difference = #"hold different frames \(frame \d+: utterance '[^']+' at \d+\.\d{3} s in the first, utterance '[^']+' at \d+\.\d{3} s in the second\)"#
        XCTAssertNotNil(sampled.range(of: difference, options: .regularExpression), sampled)
    }

    func testUMAPTakesATaskForLabels() {
        XCTAssertEqual(
            session.text("umap(emb.layer(2), neighbors: 5, seed: 1, labels: .sex, epochs: 20).labels"),
            session.text("emb.labels(.sex)"))
    }

    func testDerivedTensorsCarryNoLabels() {
        let scores = session.failure("svcca(pca(emb.layer(2), 3).scores, labels: .tone)")
        XCTAssertTrue(scores.contains("this Tensor does not come from embeddings"), scores)
        XCTAssertTrue(scores.contains("`labels: emb.labels(.tone)`"), scores)
        let path = session.directory.appendingPathComponent("layer.npy").path
        session.run("emb.layer(2).save(\"\(path)\")")
        let loaded = session.failure("cka(Tensor.load(\"\(path)\"), labels: .sex)")
        XCTAssertTrue(loaded.contains("`labels: emb.labels(.sex)`"), loaded)
    }

    func testUnknownTaskAndMissingGroupsAndTaskListWithoutEmbeddings() {
        let unknown = session.failure("svcca(emb.layer(2), labels: .words)")
        XCTAssertTrue(unknown.contains("no labels for task 'words'"), unknown)
        XCTAssertTrue(unknown.contains(".tone, .phone, .sex"), unknown)
        let groups = session.failure("probe(pca(emb.layer(2), 3).scores, labels: emb.labels(.tone))")
        XCTAssertTrue(groups.contains("give every frame's speaker as `groups:`"), groups)
        let list = session.failure("profile([emb.layer(1)], tasks: [.tone])")
        XCTAssertTrue(list.contains("`tasks: [\"tone\": emb.labels(.tone)]`"), list)
        let missing = session.failure("profile([emb.layer(1)])")
        XCTAssertTrue(missing.contains("missing argument for parameter 'tasks'"), missing)
    }

    func testInspectAndCompletionDescribeTheNewForms() throws {
        let svcca = try XCTUnwrap(session.interpreter.inspect("svcca", cursor: 2)?.plain)
        XCTAssertTrue(svcca.contains("svcca(emb.layer(6), labels: .tone)"), svcca)
        let probe = try XCTUnwrap(session.interpreter.inspect("probe", cursor: 2)?.plain)
        XCTAssertTrue(probe.contains("\nprobe(_ x: Embeddings, task: Task, groups: [Any]? = nil, testGroups: [Any]? = nil, c: Double = 1, tol: Double = 1e-4, maxIterations: Int = 1000) -> LayerProfile"), probe)
        let layer = try XCTUnwrap(session.interpreter.inspect("emb.layer", cursor: 6)?.plain)
        XCTAssertTrue(layer.contains("umap(e.layer(6)).scatter(colorBy: .tone)"), layer)
        let code = "probe(emb, "
        let labels = session.interpreter.complete(code, cursor: code.unicodeScalars.count).matches
        XCTAssertTrue(labels.contains("task:") && labels.contains("labels:"), "\(labels)")
    }
}
