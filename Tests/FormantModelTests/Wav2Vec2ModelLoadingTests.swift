import Foundation
import FormantNumerics
import FormantTestSupport
import XCTest
import ZIPFoundation

@testable import FormantModel

/// Broken and unsupported checkpoints fail with errors naming the file and the tensor or key; nothing crashes.
final class Wav2Vec2ModelLoadingTests: XCTestCase {
    private var directories: [URL] = []

    override func tearDown() {
        directories.forEach { try? FileManager.default.removeItem(at: $0) }
    }

    private func copy(_ variant: String) throws -> URL {
        let directory = try ModelFixtures.copy(variant)
        directories.append(directory)
        return directory
    }

    private func edit(_ file: URL, _ change: (inout Data) -> Void) throws {
        var data = try Data(contentsOf: file)
        change(&data)
        try data.write(to: file)
    }

    private func editConfig(_ directory: URL, _ change: (inout [String: Any]) -> Void) throws {
        let url = directory.appendingPathComponent("config.json")
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        change(&object)
        try JSONSerialization.data(withJSONObject: object).write(to: url)
    }

    func testTruncatedOrCorruptSafetensors() throws {
        let directory = try copy("base_group_postln")
        let weights = directory.appendingPathComponent("model.safetensors")
        try edit(weights) { $0 = $0.prefix($0.count / 2) }
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: [weights.path, "tensor '", "spans bytes"])
        try edit(weights) { $0 = Data([0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0x7B]) }
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: [weights.path, "header length"])
        try edit(weights) { $0 = Data([3, 0, 0, 0, 0, 0, 0, 0]) + Data("{x}".utf8) }
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: [weights.path, "not valid JSON"])
    }

    func testMissingUnexpectedAndMisshapenTensorsAreNamed() throws {
        let directory = try copy("base_group_postln")
        let weights = directory.appendingPathComponent("model.safetensors").path
        try SafeTensorsBuilder.rewrite(directory) { $0["encoder.layers.1.attention.q_proj.weight"] = nil }
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: [weights, "missing tensor 'encoder.layers.1.attention.q_proj.weight'"])
        try SafeTensorsBuilder.rewrite(directory) { $0["encoder.layers.1.attention.q_proj.weight"] = Tensor(shape: [32, 31]) }
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: ["encoder.layers.1.attention.q_proj.weight", "[32, 31]", "expected [32, 32]"])
        try SafeTensorsBuilder.rewrite(directory) {
            $0["encoder.layers.1.attention.q_proj.weight"] = Tensor(shape: [32, 32])
            $0["encoder.layers.7.attention.q_proj.weight"] = Tensor(shape: [32, 32])
        }
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: [weights, "unexpected", "encoder.layers.7.attention.q_proj.weight"])
    }

    func testHalfAndBFloat16TensorsWiden() throws {
        // 1.5, -2, 65504, 2⁻²⁴ (smallest subnormal) in binary16; 1.5, -2 in bfloat16.
        let half: [UInt16] = [0x3E00, 0xC000, 0x7BFF, 0x0001]
        let brain: [UInt16] = [0x3FC0, 0xC000]
        let bytes = { (values: [UInt16]) in values.flatMap { v in withUnsafeBytes(of: v.littleEndian) { Array($0) } } }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("formant-\(UUID().uuidString).safetensors")
        directories.append(url)
        try SafeTensorsBuilder.data([
            "h": .init(dtype: "F16", shape: [2, 2], bytes: bytes(half)), "b": .init(dtype: "BF16", shape: [2], bytes: bytes(brain)),
        ]).write(to: url)
        let tensors = try SafeTensorsFile.read(url)
        XCTAssertEqual(tensors["h"], Tensor(shape: [2, 2], storage: [1.5, -2, 65504, 0x1p-24]))
        XCTAssertEqual(tensors["b"], Tensor(shape: [2], storage: [1.5, -2]))
        try SafeTensorsBuilder.data(["q": .init(dtype: "F8_E4M3", shape: [1], bytes: [0])]).write(to: url)
        assertThrowsMessage(try SafeTensorsFile.read(url), containing: [url.path, "'q'", "F8_E4M3"])
    }

    func testConfigurationErrorsNameFileAndKey() throws {
        let directory = try copy("relu_bin")
        let config = directory.appendingPathComponent("config.json")
        try editConfig(directory) { $0["hidden_size"] = "wide" }
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: [config.path, "hidden_size"])
        try editConfig(directory) { $0["hidden_size"] = 32; $0["num_attention_heads"] = 5 }
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: [config.path, "num_attention_heads", "do not divide"])
        try editConfig(directory) { $0["num_attention_heads"] = 4; $0["hidden_act"] = "mish3" }
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: ["hidden_act", "mish3"])
        try Data("{\"hidden_size\": ".utf8).write(to: config)
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: [config.path, "invalid JSON"])
        try FileManager.default.removeItem(at: config)
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: [config.path, "no such file"])
    }

    func testUnsupportedArchitecturesAreRefused() throws {
        let directory = try copy("relu_bin")
        try editConfig(directory) { $0["model_type"] = "wavlm"; $0["architectures"] = ["WavLMModel"] }
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: ["config.json", "unsupported architecture 'WavLMModel'"])
        try editConfig(directory) { $0["model_type"] = "data2vec-audio"; $0["architectures"] = [] }
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: ["unsupported architecture 'data2vec-audio'"])
    }

    func testMissingWeightsAndDirectory() throws {
        let directory = try copy("base_group_postln")
        try FileManager.default.removeItem(at: directory.appendingPathComponent("model.safetensors"))
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: [directory.path, "no model.safetensors"])
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory.appendingPathComponent("nope")), containing: ["nope", "no such model directory"])
        let sharded = try copy("ctc_sharded_weight_g")
        try FileManager.default.removeItem(at: sharded.appendingPathComponent("model-00003-of-00006.safetensors"))
        assertThrowsMessage(try Wav2Vec2Model.load(from: sharded), containing: ["model-00003-of-00006.safetensors", "no such file"])
    }

    func testCorruptPyTorchArchives() throws {
        let directory = try copy("relu_bin")
        let weights = directory.appendingPathComponent("pytorch_model.bin")
        try Data("not a zip".utf8).write(to: weights)
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: [weights.path, "not a zip archive"])
        try FileManager.default.removeItem(at: weights)
        try FileManager.default.copyItem(at: ModelFixtures.directory("relu_bin").appendingPathComponent("pytorch_model.bin"), to: weights)
        let archive = try Archive(url: weights, accessMode: .update)
        try archive.remove(try XCTUnwrap(archive["pytorch_model/data/3"]))
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: [weights.path, "data/3"])
    }

    func testPickleGlobalsOutsideTheAllowListAreRefused() throws {
        let directory = try copy("relu_bin")
        let weights = directory.appendingPathComponent("pytorch_model.bin")
        try FileManager.default.removeItem(at: weights)
        // Protocol-2 pickle of `os.system("echo pwned")`: GLOBAL, a string, TUPLE1, REDUCE, STOP.
        let pickle = Data([0x80, 0x02]) + Data("cos\nsystem\n".utf8) + Data([0x58, 10, 0, 0, 0]) + Data("echo pwned".utf8) + Data([0x85, 0x52, 0x2E])
        let archive = try Archive(url: weights, accessMode: .create)
        try archive.addEntry(with: "archive/data.pkl", type: .file, uncompressedSize: Int64(pickle.count), provider: { position, size in
            pickle.subdata(in: Int(position)..<Int(position) + size)
        })
        assertThrowsMessage(try Wav2Vec2Model.load(from: directory), containing: [weights.path, "refusing to unpickle global 'os.system'"])
    }
}
