import FormantCore
import XCTest
@testable import FormantAnalysis

final class EmbeddingsDisplayTests: XCTestCase {
    private let embeddings = Embeddings(
        layers: [0, 2], width: 4, precision: .float16,
        frames: [
            Embeddings.Frame(utterance: "S01_001", speaker: "S01", sex: "F", index: 3, time: 0.07),
            Embeddings.Frame(utterance: "S01_002", speaker: "S01", sex: "F", index: 5, time: 0.11),
            Embeddings.Frame(utterance: "S02_001", speaker: "S02", sex: "M", index: 8, time: 0.17),
        ],
        tasks: ["tone", "sex"], labels: [["T1", "T2", "T1"], ["F", "F", "M"]],
        provenance: "model: Wav2Vec2Model random seed 0 layers=2 width=4\ncorpus: synthetic 2 utterances, ids hash 1\n"
            + "layers: [0, 2]\ntasks: []\nselection: 3 frames, seed 1\nprecision: float16",
        values: [])

    func testSummaryNamesFramesLayersTasksStorageAndOrigin() {
        XCTAssertEqual(embeddings.mimeBundle.plain, """
            Embeddings
              frames: 3 (from 3 utterances of 2 speakers)
              layers: 0, 2 (width 4)
              tasks: tone (2 classes), sex (2 classes)
              storage: float16, 48 bytes
              model: Wav2Vec2Model random seed 0 layers=2 width=4
              corpus: synthetic 2 utterances, ids hash 1
              selection: 3 frames, seed 1
            """)
        XCTAssertTrue(embeddings.mimeBundle.data["text/html"]?.contains("<b>Embeddings</b>") ?? false)
    }

    func testFrameDescribesItsUtteranceAndTime() {
        XCTAssertEqual(embeddings.frames[1].description, "utterance 'S01_002' at 0.110 s")
    }
}
