#!/usr/bin/env python3
"""Analysis benchmark: Formant's SVCCA, CKA, layer profile, linear probe and UMAP against google/svcca's
recipe, Kornblith et al.'s CKA, scikit-learn's logistic regression and umap-learn, on the same synthetic
embedding-like data.

Writes one Markdown section (timings with ratios, then UMAP quality: trustworthiness at k = 15 and
the leave-one-out 15-NN accuracy of the 2-D output, for Formant and umap-learn on the same inputs).

Run by `make bench` through bench/run_benchmarks.py:
    python bench/analysis_bench.py --formant .build/release/formant --markdown-out section.md
The reference side needs numpy, scipy, scikit-learn and umap-learn in the running Python, and
google/svcca's cca_core.py (downloaded from a pinned commit into a temporary directory, never
into the repository; or give --svcca-dir DIR or FORMANT_SVCCA_DIR=DIR holding it). The Formant side runs `formant analysis-bench DIR`
(AnalysisBenchmark.run), or the executable named by $FORMANT_ANALYSIS_BENCH with DIR.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

import numpy as np

SVCCA_RAW = "https://raw.githubusercontent.com/google/svcca/1f3fbf19bd31bd9b76e728ef75842aa1d9a4cd2b/cca_core.py"
FRAMES, FEATURES = 20000, 768


def embedding_like(rng, frames, features):
    """Two 'models' of the same frames: a shared low-rank phonetic structure (tone, phone, speaker sex),
    anisotropic noise and a few large-magnitude outlier dimensions, as wav2vec 2.0 hidden states have."""
    tone = rng.integers(0, 5, frames)
    phone = rng.integers(0, 60, frames)
    speaker = rng.integers(0, 40, frames)
    sex = speaker % 2
    latent = (0.6 * rng.normal(size=(frames, 48)) + rng.normal(size=(5, 48))[tone]
              + 0.8 * rng.normal(size=(60, 48))[phone] + 0.7 * rng.normal(size=(2, 48))[sex])
    scales = np.exp(-np.arange(features) / 150.0)
    a = latent @ rng.normal(size=(48, features)) + rng.normal(size=(frames, features)) * scales * 2
    a[:, :4] *= 15.0
    b = np.tanh(latent @ rng.normal(size=(48, features)) / 4) * 3 + 0.5 * rng.normal(size=(frames, features))
    return a.astype(np.float32), b.astype(np.float32), tone, phone, sex


def svcca_reference(cca_core, a, b, keep=0.99):
    """google/svcca tutorial recipe on frames x features inputs, directions kept by explained variance."""
    def reduce(acts):
        centred = acts - acts.mean(axis=1, keepdims=True)
        _, s, v = np.linalg.svd(centred, full_matrices=False)
        cumulative = np.cumsum(s ** 2) / np.sum(s ** 2)
        k = int(np.argmax(cumulative >= keep) + 1)
        return np.dot(s[:k] * np.eye(k), v[:k])
    result = cca_core.get_cca_similarity(reduce(a.T.astype(np.float64)), reduce(b.T.astype(np.float64)),
                                         epsilon=0.0, verbose=False)
    return float(np.mean(result["cca_coef1"]))


def cka_reference(a, b):
    """Kornblith et al.'s feature-space linear CKA."""
    a = a.astype(np.float64) - a.mean(0)
    b = b.astype(np.float64) - b.mean(0)
    return np.linalg.norm(a.T @ b) ** 2 / (np.linalg.norm(a.T @ a) * np.linalg.norm(b.T @ b))


def probe_reference(x, labels, split):
    """scikit-learn's linear probe as a phonetician writes it: standardised on the training frames,
    LogisticRegression(lbfgs, C=1, its default tol) on the first `split` frames; the held-out accuracy."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler
    scaler = StandardScaler().fit(x[:split])
    model = LogisticRegression(C=1.0, max_iter=1000).fit(scaler.transform(x[:split]), labels[:split])
    return float(model.score(scaler.transform(x[split:]), labels[split:]))


def knn_accuracy(points, labels, k=15):
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.model_selection import cross_val_score
    return float(np.mean(cross_val_score(KNeighborsClassifier(n_neighbors=k), points, labels, cv=5)))


def timed(function, *args, runs=1):
    """The function's value and its time, the median of `runs` runs."""
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        value = function(*args)
        seconds.append(time.perf_counter() - start)
    return value, sorted(seconds)[runs // 2]


def run_formant(formant, directory):
    """Runs the Formant side and returns its {name: seconds}."""
    commands = [[formant, "analysis-bench", directory]]
    if os.environ.get("FORMANT_ANALYSIS_BENCH"):
        commands.insert(0, [os.environ["FORMANT_ANALYSIS_BENCH"], directory])
    for command in commands:
        if subprocess.run(command, stdout=sys.stderr).returncode == 0:
            with open(os.path.join(directory, "timings.json")) as timings, \
                    open(os.path.join(directory, "values.json")) as values:
                return {**json.load(timings), **json.load(values)}
    raise RuntimeError("the Formant analysis benchmark did not run: " + " or ".join(" ".join(c) for c in commands))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formant", required=True)
    parser.add_argument("--markdown-out", required=True)
    parser.add_argument("--svcca-dir")
    args = parser.parse_args()
    import umap
    from sklearn.datasets import load_digits
    from sklearn.manifold import trustworthiness

    svcca_dir = args.svcca_dir or os.environ.get("FORMANT_SVCCA_DIR") or tempfile.mkdtemp(prefix="svcca-")
    if not os.path.exists(os.path.join(svcca_dir, "cca_core.py")):
        try:
            urllib.request.urlretrieve(SVCCA_RAW, os.path.join(svcca_dir, "cca_core.py"))
        except OSError as error:
            sys.exit(f"could not download google/svcca's cca_core.py ({error}); put it in a directory and pass "
                     "--svcca-dir DIR or set FORMANT_SVCCA_DIR=DIR")
    sys.path.insert(0, svcca_dir)
    import cca_core

    rng = np.random.default_rng(2025)
    a, b, tone, phone, sex = embedding_like(rng, FRAMES, FEATURES)
    digits = load_digits()
    subset = rng.choice(FRAMES, 5000, replace=False)
    quality_inputs = {"digits": (digits.data.astype(np.float32), digits.target),
                      "embedding5k": (a[subset], tone[subset])}
    with tempfile.TemporaryDirectory(prefix="formant-analysis-bench-") as directory:
        for name, array in [("a", a), ("b", b), ("tone", tone), ("phone", phone), ("sex", sex),
                            ("umap_embedding20k", a)] + [("umap_" + k, v[0]) for k, v in quality_inputs.items()]:
            np.save(os.path.join(directory, name + ".npy"), array)
        formant = run_formant(args.formant, directory)
        formant_points = {k: np.load(os.path.join(directory, f"umap_{k}_formant.npy")) for k in quality_inputs}

    svcca_value, svcca_seconds = timed(svcca_reference, cca_core, a, b, runs=3)
    _, cka_seconds = timed(cka_reference, a, b, runs=3)
    probe_accuracy, probe_seconds = timed(probe_reference, a, phone, FRAMES * 4 // 5, runs=3)
    _, umap_cold = timed(lambda x: umap.UMAP(random_state=42).fit_transform(x), a)
    reference_points, umap_warm = timed(lambda x: umap.UMAP(random_state=42).fit_transform(x), a, runs=3)
    rows = [
        ("SVCCA, two 20,000 × 768 matrices (keep 99 %)", formant["svcca"], svcca_seconds, "google/svcca recipe"),
        ("Linear CKA, two 20,000 × 768 matrices", formant["cka"], cka_seconds, "numpy feature-space CKA"),
        ("Linear probe, 60 phone classes, 16,000 + 4,000 held-out frames × 768", formant["probe"], probe_seconds,
         "scikit-learn LogisticRegression (lbfgs)"),
        ("UMAP, 20,000 × 768 → 2 (warm reference)", formant["umap_embedding20k"], umap_warm, "umap-learn, warm"),
        ("UMAP, 20,000 × 768 → 2 (cold reference)", formant["umap_embedding20k"], umap_cold, "umap-learn, cold (JIT)"),
    ]
    lines = [f"Synthetic embedding-like data ({FRAMES:,} frames × {FEATURES} features); reference SVCCA = {svcca_value:.4f}.",
             "Every time is the median of three runs (the cold umap-learn time: its first run, numba compiling), "
             "as this shared machine's speed swings by ±20 % within minutes.",
             "", "| Task | Formant (s) | Reference (s) | Reference | Ratio |", "|---|---:|---:|---|---:|"]
    lines += [f"| {task} | {f:.2f} | {r:.2f} | {ref} | {r / f:.1f}× |" for task, f, r, ref in rows]
    lines += [f"| Layer profile, 13 layers × 3 tasks SVCCA (target < 5 s) | {formant['profile']:.2f} | – | – | – |", "",
              f"Held-out accuracy of the phone probe: Formant {formant['probe_accuracy']:.4f}, "
              f"scikit-learn {probe_accuracy:.4f}.", ""]
    lines += ["UMAP quality on the same inputs (trustworthiness, k = 15; 5-fold 15-NN accuracy of the 2-D output):", "",
              "| Data | Trust. Formant | Trust. umap-learn | kNN acc. Formant | kNN acc. umap-learn |", "|---|---:|---:|---:|---:|"]
    for name, (x, labels) in quality_inputs.items():
        reference = umap.UMAP(random_state=42).fit_transform(x)
        ours = formant_points[name]
        lines.append(f"| {name} ({x.shape[0]} × {x.shape[1]}) | {trustworthiness(x, ours, n_neighbors=15):.4f} | "
                     f"{trustworthiness(x, reference, n_neighbors=15):.4f} | {knn_accuracy(ours, labels):.3f} | "
                     f"{knn_accuracy(reference, labels):.3f} |")
    del reference_points
    with open(args.markdown_out, "w") as out:
        out.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
