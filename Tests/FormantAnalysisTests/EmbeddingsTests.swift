import FormantAnalysis
import FormantCorpus
import FormantModel
import FormantNumerics
import FormantTestSupport
import XCTest

final class EmbeddingsTests: XCTestCase {
    private static let directory = FileManager.default.temporaryDirectory.appendingPathComponent("formant-embeddings-tests-\(getpid())")
    private static let corpus: Corpus = {
        let options = SyntheticCorpusOptions(speakers: 4, utterancesPerSpeaker: 2, seed: 3, utteranceDuration: 1.2, snr: nil)
        return try! Corpus.synthetic(options, directory: directory.appendingPathComponent("corpus").path)
    }()
    private static let model = try! Wav2Vec2Model.random(configuration: Wav2Vec2Configuration {
        $0.hiddenSize = 16
        $0.numHiddenLayers = 2
        $0.numAttentionHeads = 2
        $0.intermediateSize = 32
        $0.convDim = Array(repeating: 8, count: 7)
        $0.numConvPosEmbeddings = 8
        $0.numConvPosEmbeddingGroups = 2
    }, seed: 1)

    override class func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    func testExtractsLabelledFramesOfAskedLayersOnly() throws {
        let embeddings = try Embeddings.extract(model: Self.model, corpus: Self.corpus, layers: [2, 0], tasks: [.tone(), .sex()])
        XCTAssertEqual(embeddings.layers, [0, 2])
        XCTAssertGreaterThan(embeddings.frames.count, 50)
        XCTAssertEqual(embeddings.labels.count, 2)
        XCTAssertEqual(Set(try embeddings.labels(of: "sex")), ["F", "M"])
        let layer = try embeddings.layer(2)
        XCTAssertEqual(layer.frames, embeddings.frames.count)
        XCTAssertEqual(layer.features, 16)
        assertThrowsMessage(try embeddings.layer(1), containing: ["extracted layers [0, 2]"])
        // The frames are the model's own: re-running one utterance gives the same row.
        let first = embeddings.frames[0]
        let utterance = Self.corpus.utterances.first { $0.id == first.utterance }!
        let states = try Self.model.hiddenStates(try utterance.audio().samples, layers: [2])
        let row = Array(states.states[0].storage[(first.index * 16)..<((first.index + 1) * 16)]).map(Double.init)
        XCTAssertEqual(Array(layer.matrix.row(0)), row)
        XCTAssertGreaterThan(try SVCCA.compute(layer, labels: try embeddings.labels(of: "tone")).mean, 0)
    }

    func testBalancingCapFloat16AndCache() throws {
        let cache = Self.directory.appendingPathComponent("cache")
        let selection = FrameSelection(balanceBy: "tone", perClass: 10, maxFrames: 35, seed: 4)
        let first = try Embeddings.extract(
            model: Self.model, corpus: Self.corpus, layers: [1], tasks: [.tone()], selection: selection, precision: .float16, cache: cache)
        XCTAssertEqual(first.frames.count, 35)
        let counts = Dictionary(grouping: try first.labels(of: "tone"), by: { $0 }).mapValues(\.count)
        XCTAssertTrue(counts.values.allSatisfy { $0 <= 10 }, "\(counts)")
        let cached = try Embeddings.extract(
            model: Self.model, corpus: Self.corpus, layers: [1], tasks: [.tone()], selection: selection, precision: .float16, cache: cache)
        XCTAssertEqual(cached.frames, first.frames)
        XCTAssertEqual(try cached.layer(1).matrix, try first.layer(1).matrix)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("embeddings-") }.count, 1)
    }

    func testExportsNPYMetadataAndSafetensors() throws {
        let embeddings = try Embeddings.extract(
            model: Self.model, corpus: Self.corpus, layers: [0, 1], tasks: [.tone()], selection: FrameSelection(maxFrames: 20, seed: 1))
        let out = Self.directory.appendingPathComponent("export")
        try embeddings.writeNPY(to: out)
        let layer = try NPYArray(contentsOf: out.appendingPathComponent("layer_1.npy"))
        XCTAssertEqual(layer.shape, [20, 16])
        let csv = try String(contentsOf: out.appendingPathComponent("metadata.csv"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(csv.first, "frame,utterance,speaker,speaker_sex,index,time,tone")
        XCTAssertEqual(csv.count, 21)
        let file = out.appendingPathComponent("layers.safetensors")
        try embeddings.writeSafetensors(to: file)
        let data = try Data(contentsOf: file)
        let headerLength = Int(data.prefix(8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
        let header = try JSONSerialization.jsonObject(with: data.subdata(in: 8..<(8 + headerLength))) as! [String: Any]
        let entry = header["layer_1"] as! [String: Any]
        XCTAssertEqual(entry["shape"] as? [Int], [20, 16])
        XCTAssertEqual(data.count, 8 + headerLength + 2 * 20 * 16 * 4)
    }

    func testBadOptionsGiveClearErrors() {
        assertThrowsMessage(try Embeddings.extract(model: Self.model, corpus: Self.corpus, layers: [5], tasks: [.tone()]), containing: ["'layers' is 5", "0...2"])
        assertThrowsMessage(
            try Embeddings.extract(model: Self.model, corpus: Self.corpus, layers: [1], tasks: [.tone()], selection: FrameSelection(balanceBy: "phone")),
            containing: ["'balanceBy'", "tone"])
    }
}
