#!/usr/bin/env python3
"""PyTorch side of Formant's model benchmark: wav2vec2-base shape, random weights, 10 s of audio.

Measures what transformers/PyTorch takes for the workload that Formant's `ModelBenchmark.run()`
measures (FormantModel/ModelBenchmark.swift), on the same machine, and prints Markdown table rows
`| pytorch <measure> | <value> |` for BENCHMARKS.md:

- single_seconds: best of 3 forward passes with output_hidden_states=True (all 13 hidden states)
  on 10 s of 16 kHz audio; single_cpu_seconds: their mean process CPU time (robust on a busy machine);
- batch_seconds: 100 utterances of 2-8 s one after the other (AISHELL-like), batch size 1;
- peak_rss_mb: the process's peak resident memory (resource.getrusage) after the single-utterance runs:
  the model and one 10 s extraction (the batch's outputs are discarded one by one).

Run it in a venv that has torch and transformers, outside the repository, e.g.
    /work/venv-torch/bin/python bench/model_bench.py --threads 2 [--utterances 100]
With --formant COMMAND, also runs COMMAND (which must print Formant's rows, e.g. the lead's
`formant bench model`) and passes its output through, so one invocation gives both sides.
Never run in CI or tests.
"""
import argparse
import math
import os
import resource
import subprocess
import sys
import time


def signal(seconds, seed):
    """Speech-like test audio (harmonic tone with moving pitch plus noise), as Formant's benchmark makes it."""
    import numpy as np
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * 16000)) / 16000.0
    pitch = 120 + 30 * np.sin(2 * math.pi * 0.5 * t)
    voiced = 0.3 * np.sin(2 * math.pi * pitch * t) + 0.15 * np.sin(4 * math.pi * pitch * t)
    return (voiced + 0.02 * (rng.random(t.shape) - 0.5)).astype(np.float32)


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def best_of(repetitions, body):
    """The fastest wall-clock time of `repetitions` runs of body()."""
    wall = math.inf
    for _ in range(repetitions):
        w0 = time.perf_counter()
        body()
        wall = min(wall, time.perf_counter() - w0)
    return wall


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--utterances", type=int, default=100)
    parser.add_argument("--formant", help="command printing Formant's rows, run after the PyTorch side")
    args = parser.parse_args()

    import numpy as np
    import torch
    from transformers import Wav2Vec2Config, Wav2Vec2Model

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    model = Wav2Vec2Model(Wav2Vec2Config()).eval()
    audio = torch.from_numpy(signal(10, 1))[None]
    rows = {"threads": args.threads}
    with torch.inference_mode():
        model(audio, output_hidden_states=True)  # warm-up
        c0 = cpu_seconds()
        wall = best_of(3, lambda: model(audio, output_hidden_states=True))
        rows["single_seconds"], rows["single_cpu_seconds"] = wall, (cpu_seconds() - c0) / 3
        rows["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        lengths = np.random.default_rng(2).uniform(2, 8, args.utterances)
        batch = [torch.from_numpy(signal(s, 100 + i))[None] for i, s in enumerate(lengths)]
        rows["batch_audio_seconds"] = float(sum(lengths))

        def run_batch():
            for x in batch:
                model(x, output_hidden_states=True)

        rows["batch_seconds"] = best_of(1, run_batch)
        rows["batch_realtime_factor"] = rows["batch_seconds"] / rows["batch_audio_seconds"]
    for key in sorted(rows):
        print(f"| pytorch {key} | {rows[key]:.3f} |")
    if args.formant:
        sys.stdout.flush()
        subprocess.run(args.formant, shell=True, check=True, env=dict(os.environ, OPENBLAS_NUM_THREADS=str(args.threads)))


if __name__ == "__main__":
    main()
