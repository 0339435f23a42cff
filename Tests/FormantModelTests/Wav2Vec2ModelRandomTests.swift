import FormantNumerics
import XCTest

@testable import FormantModel

/// Untrained models: reproducible from their seed, any shape, and labelled as untrained.
final class Wav2Vec2ModelRandomTests: XCTestCase {
    private let small = Wav2Vec2Configuration {
        $0.hiddenSize = 32
        $0.numHiddenLayers = 3
        $0.numAttentionHeads = 4
        $0.intermediateSize = 64
        $0.convDim = [16, 16]
        $0.convKernel = [10, 4]
        $0.convStride = [5, 4]
        $0.numConvPosEmbeddings = 8
        $0.numConvPosEmbeddingGroups = 4
    }

    func testSameSeedSameModelOtherSeedOtherModel() throws {
        let audio = (0..<4000).map { Float(sin(Double($0) * 0.03)) }
        let a = try Wav2Vec2Model.random(configuration: small, seed: 5).hiddenStates(audio)
        let b = try Wav2Vec2Model.random(configuration: small, seed: 5).hiddenStates(audio)
        let c = try Wav2Vec2Model.random(configuration: small, seed: 6).hiddenStates(audio)
        XCTAssertEqual(a.states, b.states)
        XCTAssertNotEqual(a.states[3], c.states[3])
        XCTAssertEqual(a.states.count, 4)
        XCTAssertEqual(a.states[3].shape, [small.frameCount(samples: 4000), 32])
        XCTAssertTrue(a.states.allSatisfy { $0.storage.allSatisfy(\.isFinite) })
    }

    func testSummaryAndParameterCount() throws {
        let model = try Wav2Vec2Model.random(configuration: small, seed: 1)
        XCTAssertTrue(model.isRandom)
        XCTAssertTrue(model.description.contains("random, untrained"))
        XCTAssertNotNil(model.mimeBundle.data["text/html"])
        // conv 16·1·10 + 16·16·4, group norm 2·16, projection LN 2·16 + 16·32 + 32, pos conv 32·8·8 + 32,
        // encoder LN 2·32, per layer 4·(32·32 + 32) + 2·2·32 + 32·64 + 64 + 64·32 + 32.
        let perLayer = 4 * (32 * 32 + 32) + 4 * 32 + 32 * 64 + 64 + 64 * 32 + 32
        XCTAssertEqual(model.parameterCount, 160 + 1024 + 32 + 32 + 512 + 32 + 2048 + 32 + 64 + 3 * perLayer)
        XCTAssertEqual(Wav2Vec2Configuration().forwardFLOPs(samples: 160_000) / 1e9, 148, accuracy: 8)
    }

    func testInvalidShapesAreRefused() {
        var bad = small
        bad.numAttentionHeads = 5
        XCTAssertThrowsError(try Wav2Vec2Model.random(configuration: bad)) {
            XCTAssertTrue("\($0)".contains("num_attention_heads"), "\($0)")
        }
    }
}
