"""What the independent-peer tests share: running the robot's ``call --json`` in a
subprocess, test audio, reading the recording, and waiting for a SIP peer to listen."""

from __future__ import annotations

import json
import math
import os
import socket
import subprocess
import sys
import time
import uuid
import wave
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.sipp_peer import free_media_base, free_udp_port

__all__ = [
    "RobotCall",
    "recording_origin",
    "assert_one_sip_hold",
    "callee_rms",
    "channel_rms",
    "robot_rms",
    "event_t",
    "free_media_base",
    "free_tcp_port",
    "free_udp_port",
    "names",
    "sip_ping",
    "tone_wav",
]

REPO = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
CRASH_MARKERS = ("Assertion", "Segmentation", "Traceback", "Pool is not released", "Fatal Python error")


def free_sip_port(host: str = HOST) -> int:
    """A port free for both UDP and TCP right now (a SIP stack may bind both on it)."""
    for _ in range(50):
        port = free_udp_port(host)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind((host, port))
            except OSError:
                continue
        return port
    raise RuntimeError("no port free for both UDP and TCP")


def free_tcp_port(host: str = HOST) -> int:
    """A TCP port that is free right now (the kernel's choice)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class RobotCall:
    """``mysterycall call URI --json`` in a subprocess (in its own workdir with a loopback
    config), so the test can drive the peer while the call runs; :meth:`result` asserts a
    clean exit (no signal, no crash on stderr, exit 0, one JSON line) and parses it."""

    def __init__(self, workdir: Path, uri: str, scenario: Path | None = None, **limits: float):
        workdir.mkdir(parents=True, exist_ok=True)
        config = {
            "sip": {"bind_address": HOST, "transport": "udp"},
            "limits": {"max_ring_s": 5, "max_call_s": 20, "stay_s": 2, "media_timeout_s": 2, **limits},
            "recordings_dir": "recordings",
            "results_dir": "results",
        }
        (workdir / "config.yaml").write_text(json.dumps(config), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith("MYSTERYCALL_")}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        self.workdir = workdir
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "robot.cli", "call", uri, "--json"]
            + (["--scenario", str(scenario)] if scenario is not None else []),
            cwd=workdir,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def result(self, timeout: float = 60) -> dict[str, Any]:
        try:
            out, err = self.proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, err = self.proc.communicate()
            raise AssertionError(f"the robot did not finish within {timeout} s:\n{err[-3000:]}") from None
        assert self.proc.returncode >= 0, f"robot killed by signal {-self.proc.returncode}:\n{err[-3000:]}"
        for marker in CRASH_MARKERS:
            assert marker not in err, f"{marker!r} on stderr:\n{err[-3000:]}"
        assert self.proc.returncode == 0, err[-3000:]
        lines = out.splitlines()
        assert len(lines) == 1, out[-2000:]
        result = json.loads(lines[0])
        assert isinstance(result, dict)
        return result

    def close(self) -> None:
        """Stop the robot if a failed test left it running (it sends BYE/CANCEL on SIGTERM)."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.communicate()


def names(result: dict[str, Any]) -> list[str]:
    """The result's event names in order."""
    return [e["event"] for e in result["events"]]


def event_t(result: dict[str, Any], name: str) -> float:
    """Time (s from the INVITE) of the first event ``name``."""
    return float(next(e["t_s"] for e in result["events"] if e["event"] == name))


def recording_origin(result: dict[str, Any]) -> float:
    """When (s from the INVITE) the call's recording starts: the recording runs until the
    call ends, so its start is the end of the call minus its length. Independent of where
    the robot chooses to start it (the first media today)."""
    assert result["recording"] is not None
    with wave.open(str(result["recording"])) as wav:
        length = wav.getnframes() / wav.getframerate()
    end = max(float(e["t_s"]) for e in result["events"] if e["event"] in ("disconnected", "bye_sent", "bye_received"))
    return end - length


def tone_wav(path: Path, seconds: float, freq: float = 440.0, rate: int = 8000) -> Path:
    """A mono 16-bit WAV: a tone with a slow tremolo (speech-like level changes)."""
    t = np.arange(int(seconds * rate)) / rate
    signal = 0.4 * np.sin(2 * math.pi * freq * t) * (0.6 + 0.4 * np.sin(2 * math.pi * 3 * t))
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes((signal * 32767).astype("<i2").tobytes())
    return path


def channel_rms(path: Path, channel: int, start_s: float, end_s: float) -> float:
    """RMS level of one channel (0: robot, 1: callee) of a recording between two of its times."""
    with wave.open(str(path)) as wav:
        rate = wav.getframerate()
        frames = np.frombuffer(wav.readframes(wav.getnframes()), dtype=np.int16).reshape(-1, 2)
    part = frames[int(max(start_s, 0) * rate) : int(end_s * rate), channel].astype(np.float64)
    return float(np.sqrt(np.mean(part**2))) if part.size else 0.0


def callee_rms(path: Path, start_s: float, end_s: float) -> float:
    """RMS level of the callee (right) channel of a recording between two of its times."""
    return channel_rms(path, 1, start_s, end_s)


def robot_rms(path: Path, start_s: float, end_s: float) -> float:
    """RMS level of the robot (left) channel of a recording between two of its times."""
    return channel_rms(path, 0, start_s, end_s)


def assert_one_sip_hold(result: dict[str, Any], hold_s: float) -> dict[str, Any]:
    """The call was kept (the robot ended it, no media timeout) through one SIP hold of about
    ``hold_s`` seconds, counted once in ``metrics.hold_s``; returns that hold."""
    assert (result["outcome"], result["hangup_by"]) == ("answered", "robot"), result["sip_reason"]
    events = names(result)
    assert "media_timeout" not in events
    assert events.count("hold_started") == 1 and events.count("hold_ended") == 1
    [hold] = result["holds"]
    assert hold["kind"] == "sip" and hold["end_s"] is not None
    assert abs((hold["end_s"] - hold["start_s"]) - hold_s) < 0.5, hold
    assert result["metrics"]["hold_s"] == pytest.approx(hold["end_s"] - hold["start_s"], abs=0.01)
    return dict(hold)


def sip_ping(port: int, timeout: float = 15.0, host: str = HOST) -> None:
    """Wait until something answers a SIP OPTIONS on ``host:port`` (UDP) with any response."""
    deadline = time.monotonic() + timeout
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind((host, 0))
        sock.settimeout(0.2)
        me = sock.getsockname()[1]
        while time.monotonic() < deadline:
            call_id = uuid.uuid4().hex
            request = (
                f"OPTIONS sip:ping@{host}:{port} SIP/2.0\r\n"
                f"Via: SIP/2.0/UDP {host}:{me};rport;branch=z9hG4bK{call_id[:16]}\r\n"
                f"From: <sip:probe@{host}:{me}>;tag={call_id[:8]}\r\nTo: <sip:ping@{host}:{port}>\r\n"
                f"Call-ID: {call_id}\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n"
            )
            sock.sendto(request.encode(), (host, port))
            try:
                data = sock.recv(65535)
            except (TimeoutError, ConnectionRefusedError):
                continue
            if data.startswith(b"SIP/2.0 ") and call_id.encode() in data:
                return
    raise TimeoutError(f"nothing answered SIP OPTIONS on {host}:{port} within {timeout} s")
