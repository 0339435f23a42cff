"""`formant run` ends a progress bar's line before other output, so an error report starts on its own line.

Runs Formant scripts through `formant run` ($FORMANT_BIN, as the kernel tests): embeddings of a random model
over a small synthetic corpus draw a progress bar on standard error (redrawn in place with `\\r`).
"""
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
FORMANT_BIN = Path(os.environ.get("FORMANT_BIN", REPO / ".build" / "release" / "formant"))

PROLOGUE = """
let model = Model.random(layers: 2, width: 32, heads: 4, seed: 1)
let corpus = Corpus.synthetic(speakers: 2, utterancesPerSpeaker: 2, seed: 3, directory: "{corpus}", duration: 1.0, snr: nil)
let e1 = embeddings(model, corpus, frames: 40, seed: 1, cache: false)
"""


def run(tmp_path, body):
    if not FORMANT_BIN.exists():
        pytest.exit(f"FORMANT_BIN {FORMANT_BIN} does not exist; build it first (swift build -c release)", 2)
    script = tmp_path / "progress.swift"
    script.write_text(PROLOGUE.format(corpus=tmp_path / "corpus") + body)
    # Bytes, decoded by hand: text mode would turn the bar's `\r` into newlines.
    result = subprocess.run([str(FORMANT_BIN), "run", str(script)], capture_output=True, timeout=600)
    result.stdout, result.stderr = result.stdout.decode(), result.stderr.decode()
    assert "\r" in result.stderr, "the embeddings drew no progress bar"
    return script, result


def test_error_report_starts_on_its_own_line(tmp_path):
    script, result = run(tmp_path, "let e2 = embeddings(model, corpus, frames: 40, seed: 2, cache: false)\nsimilarity(e1, e2)\n")
    assert result.returncode == 1
    assert f"{script}: error" in result.stderr.split("\n"), repr(result.stderr)


def test_progress_line_ends_before_the_script_does(tmp_path):
    _, result = run(tmp_path, 'print("done")\n')
    assert result.returncode == 0, result.stderr
    assert result.stderr.endswith("\n"), repr(result.stderr)
    assert result.stdout == "done\n"
