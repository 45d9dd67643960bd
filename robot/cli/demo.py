"""The demo job: start the simulated client phone on loopback and place one real call to it."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from robot.errors import CallSetupError

REPO = Path(__file__).resolve().parents[2]  # robot/cli/demo.py -> the repository
DEMO_SCENARIO = REPO / "scenarios" / "line-check.yaml"
DEMO_OPERATOR = REPO / "scenarios" / "operators" / "good-en.yaml"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def simulated_phone(script: Path | None = None, port: int | None = None) -> Iterator[str]:
    """Run ``mysterycall phone`` on loopback for the duration; yields its HOST:PORT."""
    address = f"127.0.0.1:{port or free_port()}"
    args = [sys.executable, "-m", "robot.cli", "phone", "--listen", address]
    if script is not None:
        args += ["--script", str(script)]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line or json.loads(line).get("event") != "listening":
            raise CallSetupError(f"the simulated phone did not start (exit code {proc.poll()})")
        yield address
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
