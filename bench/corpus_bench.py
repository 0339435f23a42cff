#!/usr/bin/env python3
"""Corpus benchmark: synthetic corpus generation, AISHELL-1-scale indexing, labelling and resampling.

Builds and runs bench/corpus_bench.swift (release, through corpus_bench.sh) and sets Python references
beside it: indexing the same 141,600-file tree with os.scandir and dictionaries (what a Python loader
does at the least), and scipy.signal.resample_poly for 44.1 -> 16 kHz when SciPy is installed.
Writes one Markdown table to --markdown-out. (--formant is accepted for the driver; the benchmark
builds its own executable.)
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def make_tree(root):
    """400 speakers x 354 empty WAVs and TextGrids, transcript and speaker.info, as AISHELL-1 is laid out."""
    transcript, info = [], []
    for speaker in range(1, 401):
        sid = f"S{speaker:04d}"
        split = "train" if speaker <= 340 else "dev" if speaker <= 380 else "test"
        info.append(f"{sid[1:]} {'M' if speaker % 3 == 0 else 'F'}")
        wavs = os.path.join(root, "data_aishell", "wav", split, sid)
        grids = os.path.join(root, "alignments", sid)
        os.makedirs(wavs)
        os.makedirs(grids)
        for number in range(1, 355):
            utt = f"BAC009{sid}W{number:04d}"
            open(os.path.join(wavs, utt + ".wav"), "wb").close()
            open(os.path.join(grids, utt + ".TextGrid"), "wb").close()
            transcript.append(f"{utt} 而 对 楼市 成交 抑制 作用 最 大 的 限 购")
    os.makedirs(os.path.join(root, "data_aishell", "transcript"))
    os.makedirs(os.path.join(root, "resource_aishell"))
    with open(os.path.join(root, "data_aishell", "transcript", "aishell_transcript_v0.8.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(transcript) + "\n")
    with open(os.path.join(root, "resource_aishell", "speaker.info"), "w") as f:
        f.write("\n".join(info) + "\n")


def python_index(root):
    """The minimal Python equivalent of Corpus.aishell: listings, transcript and speaker dictionaries."""
    sexes = dict(line.split()[:2] for line in open(os.path.join(root, "resource_aishell", "speaker.info")) if line.strip())
    texts = {}
    with open(os.path.join(root, "data_aishell", "transcript", "aishell_transcript_v0.8.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split(maxsplit=1)
            if len(parts) == 2:
                texts[parts[0]] = parts[1].strip()
    grids = {}
    for speaker in os.scandir(os.path.join(root, "alignments")):
        for entry in os.scandir(speaker.path):
            if entry.name.endswith(".TextGrid"):
                grids[entry.name[:-9]] = entry.path
    utterances = []
    for split in ("train", "dev", "test"):
        split_dir = os.path.join(root, "data_aishell", "wav", split)
        for speaker in sorted(os.listdir(split_dir)):
            sex = sexes.get(speaker[1:])
            for name in sorted(os.listdir(os.path.join(split_dir, speaker))):
                utt = name[:-4]
                if name.endswith(".wav") and sex and utt in texts and utt in grids:
                    utterances.append((utt, speaker, sex, split, os.path.join(split_dir, speaker, name), grids[utt]))
    return len(utterances)


def scipy_resample_seconds():
    try:
        import numpy as np
        from scipy.signal import resample_poly
    except ImportError:
        return None
    signal = np.sin(np.arange(44100 * 60) * 0.1).astype(np.float32)
    start = time.perf_counter()
    resample_poly(signal, 160, 441)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formant", help="unused: the benchmark builds its own executable")
    parser.add_argument("--markdown-out", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="formant-corpus-bench-") as root:
        make_tree(root)
        start = time.perf_counter()
        count = python_index(root)
        index_seconds = time.perf_counter() - start
        environment = dict(os.environ, FORMANT_BENCH_AISHELL_TREE=root, FORMANT_BENCH_REF_INDEX=f"{index_seconds:.4f}")
        resample = scipy_resample_seconds()
        if resample is not None:
            environment["FORMANT_BENCH_REF_RESAMPLE"] = f"{resample:.4f}"
        result = subprocess.run(["sh", os.path.join(HERE, "corpus_bench.sh")], env=environment,
                                stdout=subprocess.PIPE, text=True)
    if result.returncode != 0:
        return result.returncode
    header = ("| benchmark | Formant | reference | reference / Formant | target |\n"
              "|---|---|---|---|---|\n")
    notes = (f"\nReferences: Python `os.scandir` + dictionaries indexing the same tree ({count} utterances); "
             "`scipy.signal.resample_poly` (160/441) for resampling. CPU time in parentheses.\n")
    with open(args.markdown_out, "w") as out:
        out.write(header + result.stdout.strip() + "\n" + notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
