import FormantNumerics

extension Wav2Vec2Model {
    /// A checkpoint's tensors split into the encoder's parameters (keyed as the base model names them)
    /// and the task heads' tensors.
    public struct SanitizedWeights {
        /// Encoder parameters, keyed without the `wav2vec2.` / `hubert.` prefix.
        public var backbone: [String: Tensor]
        /// Head tensors, keyed as in the checkpoint (`lm_head.weight`, `quantizer.codevectors`, …).
        public var heads: [String: Tensor]
    }

    /// Top-level key prefixes of the task heads of `…ForCTC`, `…ForPreTraining`, `…ForSequenceClassification`,
    /// `…ForAudioFrameClassification` and `…ForXVector`, plus the output adapter; kept aside, not used.
    static let headPrefixes = [
        "lm_head.", "quantizer.", "project_q.", "project_hid.", "projector.", "classifier.", "layer_weights",
        "tdnn.", "feature_extractor.", "objective.", "adapter.",
    ]

    /// The one place where checkpoint keys are renamed before the strict build:
    /// - the backbone prefix (`wav2vec2.`, `hubert.`) of task models is removed, and every other top-level
    ///   key must belong to a known head (it goes to `heads`);
    /// - `masked_spec_embed` (used only for training-time masking) and batch-norm counters are dropped;
    /// - the weight-normalised positional kernel, spelled `conv.weight_g`/`conv.weight_v` (old PyTorch) or
    ///   `conv.parametrizations.weight.original0/1` (new), becomes `conv.weight = g·v/‖v‖` with the norm taken
    ///   over all dimensions but the kernel position (dim 2), as `torch.nn.utils.weight_norm(dim=2)` defines it.
    public static func sanitize(
        weights: [String: Tensor], configuration: Wav2Vec2Configuration, source: String
    ) throws -> SanitizedWeights {
        let prefixes = ["wav2vec2.", "hubert."]
        let prefix = prefixes.first { p in weights.keys.contains { $0.hasPrefix(p) } }
        var backbone: [String: Tensor] = [:]
        var heads: [String: Tensor] = [:]
        for (key, tensor) in weights {
            if let prefix, key.hasPrefix(prefix) {
                backbone[String(key.dropFirst(prefix.count))] = tensor
            } else if prefix != nil, headPrefixes.contains(where: key.hasPrefix) {
                heads[key] = tensor
            } else {
                backbone[key] = tensor
            }
        }
        backbone["masked_spec_embed"] = nil
        for key in backbone.keys where key.hasSuffix("num_batches_tracked") { backbone[key] = nil }
        try foldWeightNorm(&backbone, configuration: configuration, source: source)
        return SanitizedWeights(backbone: backbone, heads: heads)
    }

    private static func foldWeightNorm(
        _ weights: inout [String: Tensor], configuration c: Wav2Vec2Configuration, source: String
    ) throws {
        let base = "encoder.pos_conv_embed.conv."
        let spellings = [("weight_g", "weight_v"), ("parametrizations.weight.original0", "parametrizations.weight.original1")]
        guard let (gName, vName) = spellings.first(where: { weights[base + $0.0] != nil || weights[base + $0.1] != nil })
        else { return }
        let store = ParameterStore(weights, source: source)
        let kernel = c.numConvPosEmbeddings
        let g = try store.take(base + gName, shape: [1, 1, kernel])
        let v = try store.take(base + vName, shape: [c.hiddenSize, c.hiddenSize / c.numConvPosEmbeddingGroups, kernel])
        weights[base + gName] = nil
        weights[base + vName] = nil
        weights[base + "weight"] = weightNormalized(g: g, v: v)
    }

    /// `w[o, i, k] = g[k]·v[o, i, k]/√(Σ_{o,i} v[o, i, k]²)`.
    static func weightNormalized(g: Tensor, v: Tensor) -> Tensor {
        let kernel = v.shape[2]
        var norms = [Double](repeating: 0, count: kernel)
        for (index, value) in v.storage.enumerated() { norms[index % kernel] += Double(value) * Double(value) }
        let factors = (0..<kernel).map { Float(Double(g.storage[$0]) / max(norms[$0].squareRoot(), 1e-30)) }
        var w = v
        for index in w.storage.indices { w.storage[index] *= factors[index % kernel] }
        return w
    }
}
