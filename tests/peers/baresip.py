"""baresip (Debian ``baresip-core``, 1.0) as an independent user agent on loopback.

:class:`Baresip` writes a config directory (``config``, ``accounts``) under a temp dir and
runs ``baresip -f DIR`` headless: no sound card (the ``aufile`` source plays a WAV the test
made; there is no player module, so what baresip receives is dropped), UDP on 127.0.0.1,
every account ``answermode=auto`` with ``regint=0`` (no registrar). It is driven through
its ``ctrl_tcp`` module: netstring JSON commands (``{"command": "hold"}``) answered with
``{"response": true, "ok": ..., "data": ...}``; events (``{"event": true, "type":
"CALL_ESTABLISHED", ...}``) arrive on the same connection and are queued.

.. code-block:: python

    with Baresip(tmp_path, users=["alice", "bob"], audio=wav) as ua:
        ...robot dials ua.uri("alice")...
        ua.wait_event("CALL_ESTABLISHED")
        ua.command("hold")
"""

from __future__ import annotations

import contextlib
import json
import queue
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from tests.peers.common import HOST, free_sip_port, free_tcp_port, free_udp_port, sip_ping

MODULES = "/usr/lib/baresip/modules"


def baresip_binary() -> str | None:
    return shutil.which("baresip")


class Baresip:
    """One baresip process with a ``ctrl_tcp`` connection; see the module docstring."""

    def __init__(self, workdir: Path, users: list[str], audio: Path):
        self.dir = workdir
        self.dir.mkdir(parents=True, exist_ok=True)
        self.users, self.audio = users, audio
        self.port = self.ctrl_port = 0
        self._configure()
        self.log_path = self.dir / "baresip.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.sock: socket.socket | None = None
        self.events: list[dict[str, Any]] = []  # every event so far, in order
        self._taken: set[int] = set()  # indexes of events wait_event returned
        self._arrived = threading.Condition()
        self.responses: queue.Queue[dict[str, Any]] = queue.Queue()

    def _configure(self) -> None:
        """Write config and accounts on ports free now (baresip binds the SIP port over TCP too)."""
        users, audio = self.users, self.audio
        self.port = free_sip_port()
        self.ctrl_port = free_tcp_port()
        rtp = min(free_udp_port() & ~1, 65000)
        config = {
            "poll_method": "epoll",
            "sip_listen": f"{HOST}:{self.port}",
            "sip_transports": "udp",
            "call_local_timeout": "120",
            "call_max_calls": "4",
            "audio_player": "aufile,/dev/null",  # no player module: received audio is dropped
            "audio_source": f"aufile,{audio}",
            "audio_alert": "aufile,/dev/null",
            "rtp_ports": f"{rtp}-{rtp + 60}",
            "net_interface": HOST,
            "module_path": MODULES,
            "ctrl_tcp_listen": f"{HOST}:{self.ctrl_port}",
        }
        lines = [f"{k}\t{v}" for k, v in config.items()]
        lines += [f"module\t{m}" for m in ("g711.so", "aufile.so")]
        lines += [f"module_app\t{m}" for m in ("account.so", "menu.so", "ctrl_tcp.so")]
        (self.dir / "config").write_text("\n".join(lines) + "\n", encoding="utf-8")
        accounts = [f"<sip:{u}@{HOST}:{self.port}>;regint=0;answermode=auto" for u in users]
        (self.dir / "accounts").write_text("\n".join(accounts) + "\n", encoding="utf-8")

    def uri(self, user: str) -> str:
        return f"sip:{user}@{HOST}:{self.port}"

    def start(self, attempts: int = 3) -> Baresip:
        """Start baresip; a port taken between choosing it and binding it is chosen again."""
        for attempt in range(attempts):
            try:
                return self._start()
            except RuntimeError as exc:
                if attempt + 1 == attempts or "Address already in use" not in str(exc):
                    raise
                self._configure()
        raise AssertionError("unreachable")

    def _start(self) -> Baresip:
        binary = baresip_binary()
        if binary is None:
            raise RuntimeError("baresip not installed (apt-get install baresip-core)")
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                [binary, "-f", str(self.dir), "-v"], stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + 15
        while self.sock is None:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"baresip did not start:\n{self.log()[-3000:]}")
            try:
                self.sock = socket.create_connection((HOST, self.ctrl_port), timeout=0.5)
            except OSError:
                time.sleep(0.05)
        self.sock.settimeout(None)
        threading.Thread(target=self._read, name=f"baresip-{self.port}", daemon=True).start()
        sip_ping(self.port)
        return self

    def _read(self) -> None:
        """Split the ctrl_tcp stream into netstrings (``LEN:JSON,``) and queue them."""
        assert self.sock is not None
        buffer = b""
        while True:
            try:
                chunk = self.sock.recv(65536)
            except OSError:
                return
            if not chunk:
                return
            buffer += chunk
            while b":" in buffer:
                length, _, rest = buffer.partition(b":")
                size = int(length)
                if len(rest) < size + 1:
                    break
                message = json.loads(rest[:size])
                buffer = rest[size + 1 :]
                if message.get("event"):
                    with self._arrived:
                        self.events.append(message)
                        self._arrived.notify_all()
                else:
                    self.responses.put(message)

    def command(self, command: str, params: str | None = None, timeout: float = 5) -> dict[str, Any]:
        """Send one command; return baresip's response (asserting it is ``ok``)."""
        assert self.sock is not None
        body: dict[str, str] = {"command": command, "token": command}
        if params is not None:
            body["params"] = params
        data = json.dumps(body).encode()
        self.sock.sendall(str(len(data)).encode() + b":" + data + b",")
        response = self.responses.get(timeout=timeout)
        assert response.get("ok"), f"baresip refused {command!r}: {response}\n{self.log()[-2000:]}"
        return response

    def wait_event(self, kind: str, timeout: float = 10, **match: str) -> dict[str, Any]:
        """The first event of type ``kind`` (with the given field values) not returned
        before, already arrived or arriving within ``timeout`` s."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                for i, event in enumerate(self.events):
                    if i in self._taken or event.get("type") != kind:
                        continue
                    if all(event.get(k) == v for k, v in match.items()):
                        self._taken.add(i)
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no baresip event {kind} {match} in {timeout} s:\n{self.log()[-2000:]}")
                self._arrived.wait(left)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def close(self) -> None:
        if self.sock is not None:
            with contextlib.suppress(OSError):
                self.sock.close()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __enter__(self) -> Baresip:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
