"""Real components for the broker tests: ``redis-server`` in a temp dir, ``mysterycall worker``
processes, simulated phones whose INVITEs are counted, the campaign files."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import redis

from robot.campaigns.broker import keys
from tests.phone_process import REPO, PhoneProcess
from tests.process_group import reap_group

CLI_ENV = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "MYSTERYCALL_CLAIM_TTL_S": "3"}


def free_tcp_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """Debian's ``redis-server`` on a free port, no persistence, in ``directory``."""

    def __init__(self, directory: Path, bind: Iterable[str] = ("127.0.0.1",), password: str | None = None):
        addresses = list(bind)
        self.password = password
        self.port = free_tcp_port(addresses[0])
        self.host = addresses[0]
        self.log = directory / "redis.log"
        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", *addresses, "--dir", str(directory),
             "--save", "", "--appendonly", "no", "--logfile", str(self.log),
             *(["--requirepass", password] if password else [])],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        client = self.client()
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("redis-server did not start: " + self.log.read_text()) from None
                time.sleep(0.02)

    def url(self, db: int = 0, host: str | None = None) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}{host or self.host}:{self.port}/{db}"

    def client(self, db: int = 0) -> redis.Redis:
        return redis.Redis(host=self.host, port=self.port, db=db, password=self.password)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


class Worker:
    """``mysterycall worker`` in its own process group (its call workers join it), stderr to a file."""

    def __init__(self, url: str, name: str, directory: Path, calls: int = 4, prefix: list[str] | None = None,
                 config: Path | None = None):  # fmt: skip
        self.name = name
        self.stderr = directory / f"worker-{name}.log"
        args = [*(prefix or []), sys.executable, "-m", "robot.cli", "worker", "--broker", url, "--name", name,
                "--calls", str(calls)]  # fmt: skip
        if config is not None:
            args += ["--config", str(config)]
        with open(self.stderr, "wb") as err:
            self.proc = subprocess.Popen(args, cwd=REPO, env=CLI_ENV, stdout=err, stderr=err, start_new_session=True)

    def wait_ready(self, client: redis.Redis, timeout: float = 60) -> None:
        """Until the worker beats in Redis (its Celery consumer is up shortly before)."""
        deadline = time.monotonic() + timeout
        while not client.exists(keys.worker(self.name)):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"worker {self.name} did not start:\n{self.stderr.read_text()}")
            time.sleep(0.05)
        while b"ready." not in self.stderr.read_bytes():
            if time.monotonic() > deadline:
                raise RuntimeError(f"worker {self.name} not ready:\n{self.stderr.read_text()}")
            time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL the worker and its call workers (a machine lost)."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        reap_group(self.proc.pid, 5)

    def stop(self) -> int:
        """SIGTERM (warm shutdown); its exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        reap_group(self.proc.pid, 5)
        return self.proc.returncode


class CountingPhone:
    """A simulated phone (its own process) whose ``call_received`` events (INVITEs) are counted per user."""

    def __init__(self, listen: str | None = None):
        if listen is None:
            self.phone = PhoneProcess()
            self.address = f"127.0.0.1:{self.phone.port}"
        else:
            self.phone = _phone_at(listen)
            self.address = listen
        self.invites: Counter[str] = Counter()
        self.ended = 0

    def uri(self, user: str) -> str:
        return f"sip:{user}@{self.address}"

    def drain(self, settle_s: float = 0.5) -> Counter[str]:
        """Count the events so far (waiting until none came for ``settle_s``); the INVITEs per user."""
        import queue

        while True:
            try:
                event = self.phone.lines.get(timeout=settle_s)
            except queue.Empty:
                return self.invites
            if event.get("event") == "call_received":
                self.invites[str(event.get("user"))] += 1
            elif event.get("event") == "call_ended":
                self.ended += 1

    def stop(self) -> None:
        self.phone.stop()


def _phone_at(listen: str) -> PhoneProcess:
    """A PhoneProcess listening on ``listen`` (HOST:PORT) instead of loopback."""
    host, port = listen.rsplit(":", 1)
    phone = PhoneProcess.__new__(PhoneProcess)
    phone.port = int(port)
    import json
    import queue
    import threading

    phone.proc = subprocess.Popen(
        [sys.executable, "-m", "robot.cli", "phone", "--listen", listen],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1,
    )  # fmt: skip
    phone.lines = queue.Queue()

    def read() -> None:
        assert phone.proc.stdout is not None
        for line in phone.proc.stdout:
            try:
                phone.lines.put(json.loads(line))
            except json.JSONDecodeError:
                continue
        phone.lines.put({"event": "exited"})

    threading.Thread(target=read, daemon=True).start()
    first = phone.next_event(timeout=30)
    if first.get("event") != "listening":
        raise RuntimeError(f"phone did not start: {first}")
    return phone


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """``python -m robot.cli ARGS`` in its own process group."""
    return subprocess.Popen(
        [sys.executable, "-m", "robot.cli", *args], cwd=REPO, env=env or CLI_ENV,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip


def run_cli(*args: str, timeout: float = 150) -> subprocess.CompletedProcess[str]:
    proc = cli(*args)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        raise AssertionError(f"mysterycall {' '.join(args)} did not finish in {timeout} s:\n{out}\n{err}") from None
    left = reap_group(proc.pid)
    assert not left, f"mysterycall {args[0]} left processes behind: {left}"
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


# -- the campaign -------------------------------------------------------------------------------------

CONFIG = """\
limits: {max_ring_s: 1, max_call_s: 8, media_timeout_s: 2, stay_s: 0.3, max_cps: 50}
recordings_dir: recordings
results_dir: results
"""
CHECKLIST = """\
title: "Line basics"
checks:
  - id: answered
    title: "The call was answered"
    outcome: [answered]
"""
SCENARIO = """\
name: Quick line check
language: en
max_call_s: 5
steps:
  - id: greeting
    listen: {max_s: 0.3}
  - hangup
checks:
  - include: ../lists/basics.yaml
"""
# per client (one phone each): user prefix, outcome, attempts (busy / no_answer retried once)
LINE_KINDS: tuple[tuple[str, str, int, int], ...] = (
    ("ring0.1", "answered", 1, 13),
    ("busy", "busy", 2, 3),
    ("never", "no_answer", 2, 2),
    ("decline", "rejected", 1, 2),
)


def lines(tag: str) -> list[tuple[str, str, str, int]]:
    """(client, user, outcome, attempts) for 2 clients x 20 numbers; ``tag`` makes the users unique."""
    found = []
    for client in ("Alpha", "Bravo"):
        n = 0
        for prefix, outcome, attempts, count in LINE_KINDS:
            for _ in range(count):
                n += 1
                found.append((client, f"{prefix}-{tag}{client[0].lower()}{n}", outcome, attempts))
    return found


def write_campaign(directory: Path, phones: dict[str, CountingPhone], tag: str, retry_failed: bool = False,
                   config: str = CONFIG, per_client: int = 4) -> Path:  # fmt: skip
    """config, scenario (in a sub-folder, with a checklist included from a sibling folder) and campaign."""
    (directory / "scenarios").mkdir(parents=True, exist_ok=True)
    (directory / "lists").mkdir(exist_ok=True)
    (directory / "config.yaml").write_text(config, encoding="utf-8")
    (directory / "lists" / "basics.yaml").write_text(CHECKLIST, encoding="utf-8")
    (directory / "scenarios" / "quick.yaml").write_text(SCENARIO, encoding="utf-8")
    retry_on = "[busy, no_answer, failed]" if retry_failed else "[busy, no_answer]"
    text = [
        f"name: broker-{tag}",
        "scenario: scenarios/quick.yaml",
        "config: config.yaml",
        "concurrency: 8",
        f"client_concurrency: {per_client}",
        f"attempts: {{max: 2, retry_after_s: 0.2, retry_on: {retry_on}}}",
        'window: {days: [mon, tue, wed, thu, fri, sat, sun], from: "00:00", to: "24:00", tz: UTC}',
        "targets:",
    ]
    for client in ("Alpha", "Bravo"):
        text += [f"  - client: {client}", "    numbers:"]
        text += [f'      - "{phones[client].uri(user)}"' for c, user, _, _ in lines(tag) if c == client]
    path = directory / "campaign.yaml"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path


def expected_counts(tag: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for _, _, outcome, attempts in lines(tag):
        counts[outcome] += attempts
    return counts
