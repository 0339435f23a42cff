#!/usr/bin/env python3
"""wav2vec 2.0 forward pass: Formant vs transformers/PyTorch on the same machine.

Workload (the same on both sides): wav2vec2-base shape (12 layers, 768 wide, random weights), all 13
hidden states of 10 s of 16 kHz audio, best of 3; the same stopping at layer 6 (Formant only: PyTorch
has no early stop); an AISHELL-like batch of utterances of 2-8 s, one at a time; peak resident memory
after the single-utterance runs (model + one 10 s extraction). Also Formant's measured sgemm peak and the
fraction of it the forward pass reaches (148 GFLOP per pass).

Usage (normally through `make bench`, i.e. bench/run_benchmarks.py):
    python bench/model_bench.py --formant .build/release/formant --markdown-out section.md [--threads 2] [--utterances 100]

The Formant side runs `<formant> model-bench <json-out> --threads T --utterances N` (FormantModel's
`ModelBenchmark.run`, which writes its measurements as JSON), or the command in $FORMANT_MODEL_BENCH
(given the same arguments). The PyTorch side needs torch and transformers: if this interpreter lacks them,
the script re-runs its PyTorch half under $FORMANT_TORCH_PYTHON or /work/venv-torch/bin/python (a venv
outside the repository). Never run in CI or tests.
"""
import argparse
import json
import math
import os
import resource
import shlex
import subprocess
import sys
import tempfile
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
        start = time.perf_counter()
        body()
        wall = min(wall, time.perf_counter() - start)
    return wall


def pytorch_side(threads, utterances):
    """PyTorch's measurements, keyed as Formant's ModelBenchmark keys them."""
    import numpy as np
    import torch
    from transformers import Wav2Vec2Config, Wav2Vec2Model

    torch.set_num_threads(threads)
    torch.manual_seed(0)
    model = Wav2Vec2Model(Wav2Vec2Config()).eval()
    audio = torch.from_numpy(signal(10, 1))[None]
    results = {"threads": threads}
    with torch.inference_mode():
        model(audio, output_hidden_states=True)  # warm-up
        start = cpu_seconds()
        results["single_seconds"] = best_of(3, lambda: model(audio, output_hidden_states=True))
        results["single_cpu_seconds"] = (cpu_seconds() - start) / 3
        results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        lengths = np.random.default_rng(2).uniform(2, 8, utterances)
        batch = [torch.from_numpy(signal(s, 100 + i))[None] for i, s in enumerate(lengths)]

        def run_batch():
            for x in batch:
                model(x, output_hidden_states=True)

        results["batch_utterances"] = utterances
        results["batch_audio_seconds"] = float(sum(lengths))
        results["batch_seconds"] = best_of(1, run_batch)
        results["batch_realtime_factor"] = results["batch_seconds"] / results["batch_audio_seconds"]
    return results


def read_json(path):
    """Reads the file anew by name: the writer may have replaced it (atomic rename)."""
    with open(path) as source:
        return json.load(source)


def run_pytorch(args):
    try:
        import torch  # noqa: F401
        import transformers  # noqa: F401
        return pytorch_side(args.threads, args.utterances)
    except ImportError:
        python = os.environ.get("FORMANT_TORCH_PYTHON", "/work/venv-torch/bin/python")
        with tempfile.NamedTemporaryFile("r", suffix=".json") as out:
            subprocess.run([python, os.path.abspath(__file__), "--pytorch-json", out.name, "--threads",
                            str(args.threads), "--utterances", str(args.utterances)], check=True)
            return read_json(out.name)


def run_formant(args):
    with tempfile.NamedTemporaryFile("r", suffix=".json") as out:
        command = shlex.split(os.environ["FORMANT_MODEL_BENCH"]) if os.environ.get("FORMANT_MODEL_BENCH") \
            else [args.formant, "model-bench"]
        subprocess.run(command + [out.name, "--threads", str(args.threads), "--utterances", str(args.utterances)],
                       check=True, stdout=sys.stderr, env=dict(os.environ, OPENBLAS_NUM_THREADS=str(args.threads)))
        return read_json(out.name)


def markdown(formant, pytorch, threads, utterances):
    f, p = formant, pytorch

    def row(name, key, unit_format="{:.2f}"):
        return (f"| {name} | {unit_format.format(f[key])} | {unit_format.format(p[key])} | "
                f"{p[key] / f[key]:.2f}× |")

    return "\n".join([
        f"wav2vec2-base shape (12 layers, 768 wide, random weights), {threads} threads. Ratio = PyTorch / Formant.",
        "",
        "| Measure | Formant | PyTorch | Ratio |",
        "|---|---:|---:|---:|",
        row("10 s of audio, all 13 hidden states (s, best of 3)", "single_seconds"),
        row("same, process CPU time per pass (s)", "single_cpu_seconds"),
        row("peak memory: model + one 10 s extraction (MB)", "peak_rss_mb", "{:.0f}"),
        row(f"batch of {utterances} utterances of 2–8 s, one at a time (s per s of audio)", "batch_realtime_factor", "{:.3f}"),
        f"| stop at hidden state 6 (s); speed-up over all 13 | {f['layer6_seconds']:.2f}; {f['early_stop_speedup']:.2f}× | – | – |",
        f"| forward GFLOP/s; fraction of measured sgemm peak ({f['gemm_peak_gflops']:.0f} GFLOP/s) | "
        f"{f['single_gflops']:.1f}; {100 * f['gemm_peak_fraction']:.0f} % | – | – |",
        "",
    ])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--formant", help="path of the release-built formant binary")
    parser.add_argument("--markdown-out", help="where to write the Markdown section")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--utterances", type=int, default=100)
    parser.add_argument("--pytorch-json", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.pytorch_json:
        with open(args.pytorch_json, "w") as out:
            json.dump(pytorch_side(args.threads, args.utterances), out)
        return
    if not args.formant or not args.markdown_out:
        parser.error("--formant and --markdown-out are required")
    section = markdown(run_formant(args), run_pytorch(args), args.threads, args.utterances)
    print(section)
    with open(args.markdown_out, "w") as out:
        out.write(section)


if __name__ == "__main__":
    main()
