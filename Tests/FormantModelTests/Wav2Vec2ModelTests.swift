import FormantNumerics
import FormantTestSupport
import XCTest

@testable import FormantModel

/// Every hidden state of every fixture variant against transformers' (see scripts/make_model_fixtures.py).
final class Wav2Vec2ModelTests: XCTestCase {
    func testEveryVariantMatchesTransformers() throws {
        let audio = try ModelFixtures.input()
        for variant in ModelFixtures.variants {
            let model = try Wav2Vec2Model.load(from: ModelFixtures.directory(variant))
            let output = try model.hiddenStates(audio)
            XCTAssertEqual(output.layers, Array(0...model.layerCount), variant)
            assertClose(output.features, try ModelFixtures.features(variant), relativeToScale: 1e-4, "\(variant) features")
            for (index, state) in zip(output.layers, output.states) {
                assertClose(state, try ModelFixtures.hiddenState(variant, index), relativeToScale: 1e-4, "\(variant) state \(index)")
            }
        }
    }

    func testRequestedLayersStopEarlyAndMatchTheFullPass() throws {
        let audio = try ModelFixtures.input()
        let model = try Wav2Vec2Model.load(from: ModelFixtures.directory("large_layer_stable"))
        let partial = try model.hiddenStates(audio, layers: [1, 0, 1])
        XCTAssertEqual(partial.layers, [1, 0, 1])
        XCTAssertEqual(partial.states[0], partial.states[2])
        assertClose(try XCTUnwrap(partial[1]), try ModelFixtures.hiddenState("large_layer_stable", 1), relativeToScale: 1e-4)
        XCTAssertNil(partial[2])
        assertThrowsMessage(try model.hiddenStates(audio, layers: [3]), containing: ["hidden state 3", "0...2"])
    }

    func testHeadsAreKeptAsideAndArchitectureReported() throws {
        let ctc = try Wav2Vec2Model.load(from: ModelFixtures.directory("ctc_sharded_weight_g"))
        XCTAssertEqual(ctc.architectureName, "Wav2Vec2ForCTC")
        XCTAssertEqual(ctc.heads["lm_head.weight"]?.shape, [12, 32])
        let pretraining = try Wav2Vec2Model.load(from: ModelFixtures.directory("pretraining_bin_weight_g"))
        XCTAssertNotNil(pretraining.heads["quantizer.codevectors"])
        XCTAssertNotNil(pretraining.heads["project_q.weight"])
    }

    func testNormalizationFollowsThePreprocessorConfiguration() throws {
        let model = try Wav2Vec2Model.load(from: ModelFixtures.directory("base_group_postln"))
        XCTAssertTrue(model.preprocessing.doNormalize)
        let plain = try Wav2Vec2Model.load(from: ModelFixtures.directory("relu_bin"))
        XCTAssertFalse(plain.preprocessing.doNormalize)
        let normalized = Preprocessing(doNormalize: true).apply([1, 2, 3, 4])
        let mean = normalized.reduce(0, +) / 4
        let variance = normalized.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 4
        XCTAssertEqual(mean, 0, accuracy: 1e-6)
        XCTAssertEqual(variance, 1, accuracy: 1e-5)
    }

    func testBatchReportsProgressAndStopsWhenCancelled() throws {
        let audio = try ModelFixtures.input()
        let model = try Wav2Vec2Model.load(from: ModelFixtures.directory("relu_bin"))
        let progress = RecordingProgress()
        let token = CancellationToken()
        let results = try model.hiddenStates(batch: [audio, Array(audio.prefix(2000))], layers: [2],
                                             context: OperationContext(progress: progress, cancellation: token))
        XCTAssertEqual(results.map(\.layers), [[2], [2]])
        XCTAssertEqual(results[1].frameCount, model.configuration.frameCount(samples: 2000))
        XCTAssertEqual(progress.completed, [0, 1, 2])
        token.cancel()
        XCTAssertThrowsError(try model.hiddenStates(batch: [audio], context: OperationContext(progress: progress, cancellation: token))) {
            XCTAssertTrue($0 is Interrupted)
        }
    }

    func testAudioShorterThanOneFrameOrNotFiniteIsRefused() throws {
        let model = try Wav2Vec2Model.load(from: ModelFixtures.directory("relu_bin"))
        assertThrowsMessage(try model.hiddenStates([0, 0, 0]), containing: ["3 samples", "shorter than one frame"])
        var audio = try ModelFixtures.input()
        audio[17] = .nan
        assertThrowsMessage(try model.hiddenStates(audio), containing: ["sample 17", "nan"])
        assertThrowsMessage(try model.hiddenStates(batch: [[0, 0]]), containing: ["utterance 0"])
    }
}

import FormantCore

/// Records the `completed` counts reported.
final class RecordingProgress: ProgressReporter {
    var completed: [Int] = []
    func report(_ label: String, completed: Int, total: Int) { self.completed.append(completed) }
}
