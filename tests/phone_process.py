"""Running the simulated phone (``mysterycall phone``) as a separate process for tests."""

from __future__ import annotations

import json
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from robot.cli.demo import free_port as free_udp_port

REPO = Path(__file__).resolve().parent.parent
__all__ = ["REPO", "PhoneProcess", "free_udp_port"]


class PhoneProcess:
    """``mysterycall phone`` on a free loopback port; its JSON event lines are queued."""

    def __init__(self, script: Path | None = None, port: int | None = None):
        self.port = port or free_udp_port()
        args = [sys.executable, "-m", "robot.cli", "phone", "--listen", f"127.0.0.1:{self.port}"]
        if script is not None:
            args += ["--script", str(script)]
        self.proc = subprocess.Popen(
            args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1
        )
        self.lines: queue.Queue[dict[str, Any]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        first = self.next_event(timeout=30)
        if first.get("event") != "listening":
            raise RuntimeError(f"phone did not start: {first}")

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            try:
                self.lines.put(json.loads(line))
            except json.JSONDecodeError:
                continue
        self.lines.put({"event": "exited"})

    def next_event(self, timeout: float = 30, event: str | None = None) -> dict[str, Any]:
        """The next event line (of kind ``event`` if given), waiting at most ``timeout`` s."""
        while True:
            item = self.lines.get(timeout=timeout)
            if item.get("event") == "exited" and event != "exited":
                raise RuntimeError("phone exited: " + (self.proc.stderr.read() if self.proc.stderr else ""))
            if event is None or item.get("event") == event:
                return item

    def uri(self, user: str) -> str:
        return f"sip:{user}@127.0.0.1:{self.port}"

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode
