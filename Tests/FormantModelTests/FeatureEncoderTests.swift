import FormantNumerics
import FormantTestSupport
import XCTest

@testable import FormantModel

/// The streamed first two convolutions give what running the layers one after the other gives.
final class FeatureEncoderTests: XCTestCase {
    func testStreamingOverManyBlocksMatchesLayerByLayer() throws {
        let samples = 50_000  // about 2500 second-layer frames: three blocks, the last one partial
        let audio = Tensor(shape: [samples, 1], storage: (0..<samples).map { Float(sin(Double($0) * 0.013) * 0.4 + 0.05 * cos(Double($0) * 0.7)) })
        for variant in ["base_group_postln", "large_layer_stable"] {
            let encoder = try Wav2Vec2Model.load(from: ModelFixtures.directory(variant)).featureEncoder
            let direct = encoder.layers.reduce(audio) { $1.forward($0) }
            XCTAssertGreaterThan(Tensor.convolutionFrames(samples / 5, kernel: 8, stride: 4), 2 * FeatureEncoder.blockFrames)
            assertClose(encoder.forward(audio), direct, relativeToScale: 1e-5, variant)
        }
    }
}
