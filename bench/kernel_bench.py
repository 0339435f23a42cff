#!/usr/bin/env python3
"""Kernel benchmark: Formant vs ipykernel through jupyter_client.

Measures, for each kernel: startup-to-ready time (launch until the first kernel_info_reply),
execute round-trip p50/p99 over N trivial cells (`1`, reply and idle status received), and
resident memory at idle (VmRSS). Prints a Markdown table with both kernels and the ratios;
`--markdown-out FILE` also writes it to FILE.

Run with the venv's python after `formant install --sys-prefix` (make bench does both).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from jupyter_client.manager import KernelManager


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def resident_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for pid {pid}")


def wait_for_idle(kc, msg_id, timeout):
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            return



def process_startup_ms(kernel_name, timeout, repetitions=5):
    """Launch-to-first-kernel_info_reply of the kernel process alone, best of `repetitions`.

    The kernelspec's argv is started directly and a kernel_info_request is signed and sent on a raw
    DEALER socket (jupyter_client's Session does the wire format), so the time holds none of
    KernelManager's own start-up work, which both kernels would pay alike.
    """
    import subprocess
    import tempfile
    import zmq
    from jupyter_client.connect import write_connection_file
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.session import Session

    argv = list(KernelSpecManager().get_kernel_spec(kernel_name).argv)
    if argv[0] in ("python", "python3"):  # as KernelManager does: the running interpreter
        argv[0] = sys.executable
    best = float("inf")
    for _ in range(repetitions):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "connection.json")
            path, info = write_connection_file(path, ip="127.0.0.1")
            session = Session(key=info["key"].encode(), signature_scheme=info["signature_scheme"])
            context = zmq.Context()
            shell = context.socket(zmq.DEALER)
            shell.linger = 0
            shell.connect(f"tcp://127.0.0.1:{info['shell_port']}")
            control = context.socket(zmq.DEALER)
            control.linger = 0
            control.connect(f"tcp://127.0.0.1:{info['control_port']}")
            started = time.perf_counter()
            process = subprocess.Popen([a.replace("{connection_file}", path) for a in argv],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                session.send(shell, "kernel_info_request", {})
                if not shell.poll(int(timeout * 1000)):
                    raise RuntimeError(f"{kernel_name}: no kernel_info_reply within {timeout} s")
                session.recv(shell)
                best = min(best, (time.perf_counter() - started) * 1000)
                session.send(control, "shutdown_request", {"restart": False})
                process.wait(timeout=timeout)
            finally:
                if process.poll() is None:
                    process.kill()
                shell.close()
                control.close()
                context.term()
    return best

def measure(kernel_name, cells, timeout):
    km = KernelManager(kernel_name=kernel_name)
    started = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        # Ready = the first kernel_info_reply. The request waits in ZeroMQ's queue until the kernel's
        # shell socket is up; wait_for_ready() is not used for timing because it adds its own IOPub
        # flush delay (the same for both kernels, but it hides the difference).
        msg_id = kc.kernel_info()
        while kc.get_shell_msg(timeout=timeout)["parent_header"].get("msg_id") != msg_id:
            pass
        ready = time.perf_counter() - started
        kc.wait_for_ready(timeout=timeout)
        for _ in range(20):  # warm-up, not measured
            msg_id = kc.execute("1")
            kc.get_shell_msg(timeout=timeout)
            wait_for_idle(kc, msg_id, timeout)
        times = []
        for _ in range(cells):
            begin = time.perf_counter()
            msg_id = kc.execute("1")
            reply = kc.get_shell_msg(timeout=timeout)
            wait_for_idle(kc, msg_id, timeout)
            times.append(time.perf_counter() - begin)
            if reply["content"]["status"] != "ok":
                raise RuntimeError(f"{kernel_name}: cell failed: {reply['content']}")
        rss = resident_kib(km.provisioner.process.pid)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    return {"ready_ms": ready * 1000, "p50_ms": statistics.median(times) * 1000,
            "p99_ms": percentile(times, 0.99) * 1000, "rss_mib": rss / 1024}


def table(formant, ipykernel, cells):
    rows = [
        ("Startup: process launch to first kernel_info_reply", "process_ready_ms", "ms"),
        ("Startup through jupyter_client's KernelManager (its own overhead included)", "ready_ms", "ms"),
        (f"Execute round-trip p50 ({cells} cells `1`)", "p50_ms", "ms"),
        (f"Execute round-trip p99 ({cells} cells `1`)", "p99_ms", "ms"),
        ("Resident memory at idle (VmRSS)", "rss_mib", "MiB"),
    ]
    lines = ["| Kernel metric | Formant | ipykernel | Formant / ipykernel |", "|---|---:|---:|---:|"]
    for label, key, unit in rows:
        ratio = formant[key] / ipykernel[key] if ipykernel[key] else float("nan")
        lines.append(f"| {label} | {formant[key]:.2f} {unit} | {ipykernel[key]:.2f} {unit} | {ratio:.2f} |")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=1000, help="trivial cells per kernel (default 1000)")
    parser.add_argument("--formant", help="the formant binary (unused: the kernelspec named by --formant-kernel points at it)")
    parser.add_argument("--formant-kernel", default="formant", help="kernelspec name of Formant")
    parser.add_argument("--ipykernel", default="python3", help="kernelspec name of ipykernel")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--markdown-out", type=Path, help="also write the Markdown table to this file")
    args = parser.parse_args()
    formant = measure(args.formant_kernel, args.cells, args.timeout)
    ipykernel = measure(args.ipykernel, args.cells, args.timeout)
    formant["process_ready_ms"] = process_startup_ms(args.formant_kernel, args.timeout)
    ipykernel["process_ready_ms"] = process_startup_ms(args.ipykernel, args.timeout)
    markdown = table(formant, ipykernel, args.cells)
    sys.stdout.write(markdown)
    if args.markdown_out:
        args.markdown_out.write_text(markdown)


if __name__ == "__main__":
    main()
