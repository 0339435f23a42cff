"""Shared fixtures for the kernel's protocol tests: the Formant binary under test, installed as
the kernelspec `formant` in a temporary Jupyter data directory, and kernels started from it."""

import json
import os
import subprocess
import tempfile
from pathlib import Path

import pytest
from jupyter_client.manager import start_new_kernel

REPO = Path(__file__).resolve().parents[3]
FORMANT_BIN = Path(os.environ.get("FORMANT_BIN", REPO / ".build" / "release" / "formant"))
TIMEOUT = 30


def install_kernelspec() -> Path:
    """Installs `formant` from $FORMANT_BIN into a fresh prefix and puts it first on JUPYTER_PATH,
    so these tests always run the binary under test, whatever else is installed."""
    if not FORMANT_BIN.exists():
        pytest.exit(f"FORMANT_BIN {FORMANT_BIN} does not exist; build it first (swift build -c release)", 2)
    prefix = Path(tempfile.mkdtemp(prefix="formant-kernelspec-"))
    subprocess.run([str(FORMANT_BIN), "install", "--prefix", str(prefix)], check=True, capture_output=True)
    data = prefix / "share" / "jupyter"
    spec = json.loads((data / "kernels" / "formant" / "kernel.json").read_text())
    assert Path(spec["argv"][0]) == FORMANT_BIN.resolve(), spec
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(data), os.environ.get("JUPYTER_PATH")]))
    return data


KERNELSPEC_DIR = install_kernelspec()


@pytest.fixture()
def kernel():
    """A freshly started Formant kernel and a client with all channels running."""
    km, kc = start_new_kernel(kernel_name="formant", startup_timeout=TIMEOUT)
    try:
        yield km, kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def drain_iopub(kc, parent_id, timeout=TIMEOUT):
    """The IOPub messages of request `parent_id` up to and including its `idle` status."""
    messages = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != parent_id:
            continue
        messages.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return messages


def shell_reply(kc, msg_id, timeout=TIMEOUT):
    """The shell reply to `msg_id`, skipping replies to other requests."""
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply
