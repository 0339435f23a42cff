#!/usr/bin/env python3
"""Runs every Formant benchmark side by side with its reference and writes BENCHMARKS.md.

Each benchmark is a script in bench/ that takes `--formant PATH --markdown-out FILE` and writes one
Markdown section (a table with Formant, the reference, and their ratio). This driver adds the machine
and the date, so the file always says where and when its numbers were measured.

Usage (from the repository root, normally through `make bench`):
    .venv/bin/python bench/run_benchmarks.py --formant .build/release/formant --output BENCHMARKS.md
Re-measure one section (the others are kept, each section saying when it was measured):
    .venv/bin/python bench/run_benchmarks.py --formant .build/release/formant --only analysis
"""
import argparse
import datetime
import os
import platform
import subprocess
import sys
import tempfile

BENCHMARKS = [
    ("Kernel: startup, round trip, memory (vs ipykernel)", "kernel_bench.py"),
    ("wav2vec 2.0 forward pass (vs transformers/PyTorch)", "model_bench.py"),
    ("Corpus: synthesis and AISHELL-1 indexing", "corpus_bench.py"),
    ("Analysis: SVCCA, CKA, probe, UMAP (vs google/svcca, scikit-learn, umap-learn)", "analysis_bench.py"),
]


def machine_description():
    """CPU model, core count, memory and OS, read from /proc and platform."""
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as meminfo:
            total_kb = int(meminfo.readline().split()[1])
    except OSError:
        total_kb = 0
    blas = os.environ.get("OPENBLAS_CORETYPE")
    blas_note = f", OPENBLAS_CORETYPE={blas}" if blas else ""
    return (f"{model}, {os.cpu_count()} cores, {total_kb / 1024 / 1024:.0f} GiB memory, "
            f"{platform.system()} {platform.release()}{blas_note}")


def merged_sections(path, replacements):
    """The sections of the existing file at `path`, those titled in `replacements` replaced (for --only)."""
    with open(path) as existing:
        text = existing.read()
    sections = ["## " + part for part in text.split("\n## ")[1:]]
    result = []
    for section in sections:
        title = section[3:].split("\n", 1)[0].strip()
        result.append(replacements.pop(title, section.rstrip("\n") + "\n"))
    return result + list(replacements.values())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formant", required=True, help="path of the release-built formant binary")
    parser.add_argument("--output", default="BENCHMARKS.md")
    parser.add_argument("--only", help="run only benchmark scripts whose name contains this, replacing their "
                                       "sections of an existing output file and keeping the others")
    args = parser.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    sections = []
    failures = 0
    for title, script in BENCHMARKS:
        if args.only and args.only not in script:
            continue
        path = os.path.join(here, script)
        with tempfile.NamedTemporaryFile("r", suffix=".md") as section:
            print(f"== {title} ({script})", flush=True)
            result = subprocess.run([sys.executable, path, "--formant", os.path.abspath(args.formant),
                                     "--markdown-out", section.name])
            body = section.read().strip()
        if result.returncode != 0 or not body:
            failures += 1
            body = f"_Not measured: `{script}` exited with status {result.returncode}._"
        sections.append((title, body))
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    measured = [f"## {title}\n\n_Measured {now}._\n\n{body}\n" for title, body in sections]
    if args.only and os.path.exists(args.output):
        measured = merged_sections(args.output, dict(zip((title for title, _ in sections), measured)))
    header = ("# Benchmarks\n\n"
              "Measured by `make bench`, each Formant number side by side with its reference in one run.\n"
              "Ratios are reference time / Formant time (above 1 means Formant is faster) unless a row says otherwise.\n\n"
              f"- Machine: {machine_description()}\n- Written: {now} (each section says when it was measured)\n\n")
    with open(args.output, "w") as out:
        out.write(header + "\n".join(measured))
    print(f"wrote {args.output}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
