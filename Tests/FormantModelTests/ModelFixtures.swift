import Foundation
import FormantNumerics

/// The checkpoints and reference outputs made by `scripts/make_model_fixtures.py`.
enum ModelFixtures {
    /// Every variant directory name.
    static let variants = [
        "base_group_postln", "large_layer_stable", "relu_bin", "hubert_bin", "hubert_batchnorm",
        "ctc_sharded_weight_g", "pretraining_bin_weight_g",
    ]

    /// The fixtures directory inside the test bundle.
    static var root: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    }

    /// A variant's checkpoint directory.
    static func directory(_ variant: String) -> URL { root.appendingPathComponent(variant) }

    /// The fixed 0.25 s test signal.
    static func input() throws -> [Float] {
        try Tensor.load(npy: root.appendingPathComponent("input.npy")).storage
    }

    /// transformers' feature-encoder output for a variant.
    static func features(_ variant: String) throws -> Tensor {
        try Tensor.load(npy: directory(variant).appendingPathComponent("expected/features.npy"))
    }

    /// transformers' hidden state `index` for a variant.
    static func hiddenState(_ variant: String, _ index: Int) throws -> Tensor {
        try Tensor.load(npy: directory(variant).appendingPathComponent("expected/hidden_state_\(index).npy"))
    }

    /// A fresh temporary copy of a variant's directory, for tests that damage files.
    static func copy(_ variant: String) throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("formant-model-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: directory(variant), to: target)
        return target
    }
}
