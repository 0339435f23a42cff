#!/usr/bin/env python3
"""Make the wav2vec 2.0 / HuBERT reference fixtures of Formant's model tests.

Saves tiny, randomly initialised Hugging Face checkpoints of every architecture variant that
FormantModel supports, and the hidden states transformers computes for them on one fixed input, into
Tests/FormantModelTests/Fixtures/. The Swift tests load each checkpoint with FormantModel and assert that
every hidden state matches within 1e-4 relative to its scale.

Run it by hand, in a virtual environment OUTSIDE the repository (never in CI):

    python3 -m venv /work/venv-torch
    /work/venv-torch/bin/pip install torch transformers safetensors numpy
    /work/venv-torch/bin/python scripts/make_model_fixtures.py [output-directory]

Layout of the output (a few hundred KB in all):

    input.npy                     the fixed 0.25 s test signal (float32, 4000 samples)
    <variant>/config.json         the model configuration, as save_pretrained writes it
    <variant>/model.safetensors   (or pytorch_model.bin, or sharded model-0000x-of-0000y.safetensors + index)
    <variant>/expected/features.npy        feature-encoder output, frames x conv_dim[-1]
    <variant>/expected/hidden_state_<i>.npy hidden state i, frames x hidden_size, i = 0 ... num_hidden_layers

Hidden states follow the long-standing transformers convention: state 0 is the input of the first
encoder layer, state i the output of layer i, and for stable-layer-norm models the last state has the
encoder's final layer norm applied (last_hidden_state). transformers 5 leaves that final layer norm out
of hidden_states[-1]; the script therefore stores last_hidden_state as the last state, which is the same
under both conventions for post-layer-norm models.

Variants: post-LN group-norm (base-like, even positional kernel, no conv bias, with a preprocessor that
normalises the input); stable-layer-norm layer-norm (large-like, odd kernel, conv bias, gelu_new);
a relu model saved as pytorch_model.bin; HuBERT (.bin) and HuBERT with conv_pos_batch_norm and no
feature-projection layer norm; Wav2Vec2ForCTC with its head, sharded, with weight_g/weight_v spelling;
Wav2Vec2ForPreTraining (quantizer and project heads) saved as pytorch_model.bin with weight_g/weight_v.
"""
import json
import os
import sys

import numpy as np
import torch
from safetensors.torch import load_file, save_file
from transformers import (HubertConfig, HubertModel, Wav2Vec2Config, Wav2Vec2FeatureExtractor,
                          Wav2Vec2ForCTC, Wav2Vec2ForPreTraining, Wav2Vec2Model)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(__file__), "..", "Tests", "FormantModelTests", "Fixtures")

COMMON = dict(
    hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=64,
    conv_dim=[16, 16, 16], conv_kernel=[10, 8, 4], conv_stride=[5, 4, 4],
    hidden_dropout=0.0, attention_dropout=0.0, activation_dropout=0.0, feat_proj_dropout=0.0,
    layerdrop=0.0, mask_time_prob=0.05,
)

VARIANTS = {
    "base_group_postln": dict(cls=Wav2Vec2Model, fmt="safetensors", normalize=True, config=dict(
        feat_extract_norm="group", do_stable_layer_norm=False, conv_bias=False,
        num_conv_pos_embeddings=16, num_conv_pos_embedding_groups=4, hidden_act="gelu")),
    "large_layer_stable": dict(cls=Wav2Vec2Model, fmt="safetensors", config=dict(
        feat_extract_norm="layer", do_stable_layer_norm=True, conv_bias=True,
        num_conv_pos_embeddings=7, num_conv_pos_embedding_groups=2, hidden_act="gelu_new",
        layer_norm_eps=1e-5)),
    "relu_bin": dict(cls=Wav2Vec2Model, fmt="bin", config=dict(
        feat_extract_norm="group", do_stable_layer_norm=False, conv_bias=True,
        num_conv_pos_embeddings=9, num_conv_pos_embedding_groups=8, hidden_act="relu",
        feat_extract_activation="gelu")),
    "hubert_bin": dict(cls=HubertModel, fmt="bin", config=dict(
        feat_extract_norm="group", do_stable_layer_norm=False, conv_bias=False,
        num_conv_pos_embeddings=16, num_conv_pos_embedding_groups=4, hidden_act="gelu",
        feat_proj_layer_norm=True)),
    "hubert_batchnorm": dict(cls=HubertModel, fmt="safetensors", config=dict(
        feat_extract_norm="layer", do_stable_layer_norm=True, conv_bias=True,
        num_conv_pos_embeddings=5, num_conv_pos_embedding_groups=4, hidden_act="gelu",
        feat_proj_layer_norm=False, conv_pos_batch_norm=True)),
    "ctc_sharded_weight_g": dict(cls=Wav2Vec2ForCTC, fmt="sharded", legacy_weight_norm=True, config=dict(
        feat_extract_norm="group", do_stable_layer_norm=False, conv_bias=False,
        num_conv_pos_embeddings=16, num_conv_pos_embedding_groups=4, hidden_act="gelu", vocab_size=12)),
    "pretraining_bin_weight_g": dict(cls=Wav2Vec2ForPreTraining, fmt="bin", legacy_weight_norm=True, config=dict(
        feat_extract_norm="layer", do_stable_layer_norm=True, conv_bias=True,
        num_conv_pos_embeddings=8, num_conv_pos_embedding_groups=4, hidden_act="gelu",
        codevector_dim=16, proj_codevector_dim=16, num_codevectors_per_group=8, num_codevector_groups=2)),
}


def test_signal():
    """0.25 s at 16 kHz: two tones, a chirp and seeded noise, with an offset so normalisation matters."""
    t = np.arange(4000) / 16000.0
    rng = np.random.default_rng(7)
    x = 0.3 * np.sin(2 * np.pi * 220 * t) + 0.2 * np.sin(2 * np.pi * 1375 * t)
    x += 0.1 * np.sin(2 * np.pi * (100 + 6000 * t) * t) + 0.05 * rng.standard_normal(t.shape) + 0.02
    return x.astype(np.float32)


def randomize_buffers(model, seed):
    """Give running statistics (batch norm) non-trivial values so they are tested."""
    g = torch.Generator().manual_seed(seed)
    for name, buf in model.named_buffers():
        if name.endswith("running_mean"):
            buf.copy_(torch.randn(buf.shape, generator=g) * 0.1)
        elif name.endswith("running_var"):
            buf.copy_(torch.rand(buf.shape, generator=g) + 0.5)


def legacy_key(key):
    return (key.replace("parametrizations.weight.original0", "weight_g")
            .replace("parametrizations.weight.original1", "weight_v"))


def save(model, variant, directory):
    model.save_pretrained(directory, max_shard_size="20KB" if variant["fmt"] == "sharded" else "50GB")
    if variant.get("legacy_weight_norm"):
        for name in os.listdir(directory):
            if name.endswith(".safetensors"):
                path = os.path.join(directory, name)
                tensors = load_file(path)
                save_file({legacy_key(k): v for k, v in tensors.items()}, path, metadata={"format": "pt"})
            if name == "model.safetensors.index.json":
                path = os.path.join(directory, name)
                index = json.load(open(path))
                index["weight_map"] = {legacy_key(k): v for k, v in index["weight_map"].items()}
                json.dump(index, open(path, "w"), indent=2)
    if variant["fmt"] == "bin":
        for name in os.listdir(directory):
            if name.endswith(".safetensors"):
                os.remove(os.path.join(directory, name))
        state = {k: v.contiguous() for k, v in model.state_dict().items()}
        if variant.get("legacy_weight_norm"):
            state = {legacy_key(k): v for k, v in state.items()}
        torch.save(state, os.path.join(directory, "pytorch_model.bin"))


def backbone(model):
    for attribute in ("wav2vec2", "hubert"):
        if hasattr(model, attribute):
            return getattr(model, attribute)
    return model


def main():
    os.makedirs(OUT, exist_ok=True)
    signal = test_signal()
    np.save(os.path.join(OUT, "input.npy"), signal)
    for index, (name, variant) in enumerate(VARIANTS.items()):
        torch.manual_seed(1000 + index)
        config_class = HubertConfig if variant["cls"] is HubertModel else Wav2Vec2Config
        config = config_class(**COMMON, **variant["config"])
        model = variant["cls"](config).eval()
        with torch.no_grad():
            randomize_buffers(model, 2000 + index)
        directory = os.path.join(OUT, name)
        expected = os.path.join(directory, "expected")
        os.makedirs(expected, exist_ok=True)
        save(model, variant, directory)
        values = signal
        if variant.get("normalize"):
            extractor = Wav2Vec2FeatureExtractor(feature_size=1, sampling_rate=16000, do_normalize=True)
            extractor.save_pretrained(directory)
            values = extractor(signal, sampling_rate=16000, return_tensors="np").input_values[0]
        inputs = torch.from_numpy(np.asarray(values, dtype=np.float32))[None]
        with torch.no_grad():
            encoder = backbone(model)
            features = encoder.feature_extractor(inputs)[0].T
            output = encoder(inputs, output_hidden_states=True)
        states = list(output.hidden_states[:-1]) + [output.last_hidden_state]
        assert len(states) == config.num_hidden_layers + 1
        np.save(os.path.join(expected, "features.npy"), features.numpy().astype(np.float32))
        for i, state in enumerate(states):
            np.save(os.path.join(expected, f"hidden_state_{i}.npy"), state[0].numpy().astype(np.float32))
        print(name, "frames", states[0].shape[1], "files", sorted(os.listdir(directory)))


if __name__ == "__main__":
    main()
