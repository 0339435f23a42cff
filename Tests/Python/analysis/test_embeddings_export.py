"""The embeddings export (layer_<l>.npy + metadata.csv) loads with numpy and agrees with itself.

Runs a Formant script through `formant run` ($FORMANT_BIN, as the kernel tests): a random model over a
small synthetic corpus, 40 frames of layers 0 and 2, saved to a temporary directory.
"""
import csv
import os
import subprocess
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[3]
FORMANT_BIN = Path(os.environ.get("FORMANT_BIN", REPO / ".build" / "release" / "formant"))

SCRIPT = """
let model = Model.random(layers: 2, width: 32, heads: 4, seed: 1)
let corpus = Corpus.synthetic(speakers: 4, utterancesPerSpeaker: 2, seed: 3, directory: "{corpus}", duration: 1.5, snr: nil)
let e = embeddings(model, corpus, layers: [0, 2], tasks: [.tone, .sex], frames: 40, cache: false)
e.save("{export}")
print(e.count)
"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    if not FORMANT_BIN.exists():
        pytest.exit(f"FORMANT_BIN {FORMANT_BIN} does not exist; build it first (swift build -c release)", 2)
    root = tmp_path_factory.mktemp("embeddings")
    script = root / "export.swift"
    script.write_text(SCRIPT.format(corpus=root / "corpus", export=root / "export"))
    result = subprocess.run([str(FORMANT_BIN), "run", str(script)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "40"
    return root / "export"


def test_layers_load_as_float32_frames_by_width(exported):
    for layer in (0, 2):
        array = np.load(exported / f"layer_{layer}.npy")
        assert array.dtype == np.float32
        assert array.shape == (40, 32)
        assert np.isfinite(array).all()
    assert not (exported / "layer_1.npy").exists()


def test_metadata_has_one_row_per_frame_with_labels(exported):
    with open(exported / "metadata.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 40
    assert list(rows[0].keys()) == ["frame", "utterance", "speaker", "speaker_sex", "index", "time", "tone", "sex"]
    assert [int(row["frame"]) for row in rows] == list(range(40))
    assert {row["tone"] for row in rows} <= {"T1", "T2", "T3", "T4", "neutral"}
    assert all(row["sex"] == row["speaker_sex"] for row in rows)
    assert all(float(row["time"]) > 0 for row in rows)
