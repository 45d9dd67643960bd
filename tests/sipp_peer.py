"""SIPp as an independent SIP peer for integration tests.

:class:`SippPeer` runs one ``sipp`` process (SIPp 3.6.1, Debian package ``sip-tester``) in
the foreground on 127.0.0.1 with free ports it picks itself, waits until SIPp really listens,
and on exit stops it (never leaving a process behind) and parses what SIPp saw:

.. code-block:: python

    from tests.sipp_peer import SippPeer

    with SippPeer("uas_answer.xml", variables={"ring_ms": 1500}) as peer:
        outcome = robot_dials(peer.uri("answer"))        # sip:answer@127.0.0.1:PORT
    assert peer.result.ok and peer.result.successful == 1
    assert abs(peer.result.delay("SIP/2.0 180", "SIP/2.0 200") - 1.5) < 0.05

Scenario files live in ``tests/sipp/`` (a bare file name is looked up there). Each
documents its parameters in its header comment: *global variables* (``variables=`` ->
``-set``, the only way to parametrise a ``<pause>`` in SIPp 3.6.1) and *keys* (``keys=``
-> ``-key``, text substituted in messages). SIPp runs with its working directory set to a
per-run directory holding ``media/prompt_pcmu.ulaw`` (the audio streamed by the
``rtp_stream`` scenarios; replace it with ``audio=``) and all of SIPp's logs.
"""

from __future__ import annotations

import contextlib
import csv
import math
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import threading
import time
import wave
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SIPP_DIR = Path(__file__).resolve().parent / "sipp"
DEFAULT_AUDIO = SIPP_DIR / "media" / "prompt_pcmu.ulaw"
#: where the scenarios expect the audio (relative to SIPp's working directory)
AUDIO_NAME = Path("media") / "prompt_pcmu.ulaw"
HOST = "127.0.0.1"

#: SIPp exit codes (``sipp -h``)
EXIT_ALL_OK = 0
EXIT_SOME_FAILED = 1
EXIT_INTERNAL_CMD = 97
EXIT_NO_CALLS = 99
EXIT_FATAL = 255  # -1
EXIT_BIND = 254  # -2: "Fatal error binding a socket"

# extra command-line arguments a scenario needs whatever the test says
_SCENARIO_ARGS: dict[str, tuple[str, ...]] = {
    # a second REGISTER cycle on the same Call-ID is a new SIPp call: SIPp must not keep
    # finished Call-IDs around (it would drop their messages as "dead call" messages)
    "registrar_digest": ("-deadcall_wait", "0"),
    # a followed redirect sends its new INVITE with the same Call-ID
    "hostile_uas_redirect_self": ("-deadcall_wait", "0"),
    # NOTIFYs of the transfer's progress are answered 200 by SIPp itself
    "hostile_uas_refer_follow": ("-aa",),
}


class SippError(RuntimeError):
    """SIPp could not be started (bad scenario or arguments, ports, missing binary)."""


def sipp_binary() -> str | None:
    """Path of the ``sipp`` executable, or None when SIPp is not installed."""
    return os.environ.get("SIPP_BIN") or shutil.which("sipp")


def scenario_path(scenario: str | os.PathLike[str]) -> Path:
    """Resolve a scenario: an existing path as is, else a file in ``tests/sipp/``."""
    path = Path(scenario)
    if not path.suffix:
        path = path.with_suffix(".xml")
    if path.exists():
        return path.resolve()
    candidate = SIPP_DIR / path.name
    if candidate.exists():
        return candidate
    raise FileNotFoundError(f"no SIPp scenario {scenario!r} (looked in {SIPP_DIR})")


def scenario_globals(path: Path) -> set[str]:
    """Names declared in the scenario's ``<Global variables="..."/>`` (settable by -set)."""
    names: set[str] = set()
    for node in ET.parse(path).getroot().iter("Global"):
        names.update(n.strip() for n in node.get("variables", "").split(",") if n.strip())
    return names


def scenario_counters(path: Path) -> set[str]:
    """Names used in ``counter="..."`` attributes (reported in :attr:`SippResult.counters`)."""
    return {node.get("counter") for node in ET.parse(path).getroot().iter() if node.get("counter")}


# ---------------------------------------------------------------------------------------
# ports


def _bindable(port: int, host: str = HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def free_udp_port(host: str = HOST) -> int:
    """A UDP port that is free right now (the kernel's choice)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def free_media_base(host: str = HOST, span: int = 4) -> int:
    """An even UDP port p with p..p+span-1 free (SIPp binds -mp and -mp+2 at start-up)."""
    for _ in range(200):
        port = free_udp_port(host)
        port -= port % 2
        if port + span < 65536 and all(_bindable(port + i, host) for i in range(span)):
            return port
    raise SippError("no free even UDP port range for RTP")


def _ports_of(pid: int, tables: tuple[str, ...] = ("udp", "udp6")) -> set[int]:
    """Local UDP (or other ``tables``) ports of the sockets process ``pid`` holds (Linux /proc)."""
    inodes: set[int] = set()
    with contextlib.suppress(OSError):
        for fd in os.listdir(f"/proc/{pid}/fd"):
            with contextlib.suppress(OSError):
                link = os.readlink(f"/proc/{pid}/fd/{fd}")
                if link.startswith("socket:["):
                    inodes.add(int(link[8:-1]))
    ports: set[int] = set()
    for table in tables:
        with contextlib.suppress(OSError), open(f"/proc/net/{table}") as f:
            next(f, None)
            for line in f:
                parts = line.split()
                if len(parts) > 9 and int(parts[9]) in inodes:
                    ports.add(int(parts[1].rsplit(":", 1)[1], 16))
    return ports


# ---------------------------------------------------------------------------------------
# audio


def _lin2ulaw(sample: int) -> int:
    """G.711 mu-law encoding of one 16-bit linear sample."""
    sign = 0x80 if sample < 0 else 0
    magnitude = min(-sample if sample < 0 else sample, 32635) + 0x84
    exponent = 7
    mask = 0x4000
    while exponent > 0 and not magnitude & mask:
        exponent -= 1
        mask >>= 1
    mantissa = (magnitude >> (exponent + 3)) & 0x0F
    return ~(sign | (exponent << 4) | mantissa) & 0xFF


def pcm16_to_ulaw(pcm: bytes) -> bytes:
    """Little-endian 16-bit PCM -> G.711 mu-law bytes."""
    samples = struct.unpack(f"<{len(pcm) // 2}h", pcm[: len(pcm) // 2 * 2])
    return bytes(_lin2ulaw(s) for s in samples)


def tone_ulaw(seconds: float = 2.0, freq: float = 440.0, level: float = 0.5) -> bytes:
    """A mu-law 8 kHz test tone (what ``media/prompt_pcmu.ulaw`` is, minus the tremolo)."""
    n = int(seconds * 8000)
    return bytes(_lin2ulaw(int(level * 32767 * math.sin(2 * math.pi * freq * i / 8000))) for i in range(n))


def prepare_audio(src: str | os.PathLike[str] | bytes | None, dest: Path) -> None:
    """Write the audio SIPp streams to ``dest`` as raw mu-law 8 kHz.

    ``src``: None (the default prompt), raw mu-law bytes, a ``.ulaw``/``.pcmu``/``.raw``
    file (taken as raw mu-law 8 kHz), or a ``.wav`` file (16-bit mono 8 kHz PCM).
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    if src is None:
        shutil.copyfile(DEFAULT_AUDIO, dest)
        return
    if isinstance(src, bytes):
        dest.write_bytes(src)
        return
    path = Path(src)
    if path.suffix.lower() != ".wav":
        shutil.copyfile(path, dest)
        return
    with wave.open(str(path), "rb") as w:
        if w.getnchannels() != 1 or w.getsampwidth() != 2 or w.getframerate() != 8000:
            raise ValueError(
                f"{path}: need 16-bit mono 8 kHz PCM (convert with: sox IN.wav -r 8000 -c 1 -e u-law -t raw OUT.ulaw)"
            )
        dest.write_bytes(pcm16_to_ulaw(w.readframes(w.getnframes())))


# ---------------------------------------------------------------------------------------
# RTP sink


DTMF_EVENTS = "0123456789*#ABCD"


@dataclass(frozen=True)
class RtpPacket:
    t: float  # arrival, epoch seconds
    src: tuple[str, int]
    pt: int
    marker: bool
    seq: int
    timestamp: int
    ssrc: int
    payload: bytes


class RtpSink:
    """A UDP socket on 127.0.0.1 that records every RTP packet it receives. It sends
    nothing unless told: ``echo`` returns each packet to its sender; ``audio`` (raw mu-law
    8 kHz bytes, looped) is streamed as PCMU, 20 ms a packet, from this same socket to
    ``target`` - or, when no target is given, to the source of the first packet received
    (symmetric RTP, as pjmedia expects). Put its :attr:`port` in an SDP (``-key rtp_port``
    for the ``uac_*`` scenarios and ``uas_dtmf``) to see exactly what a peer sends.
    ``pt`` is the payload type the audio is sent with (0, PCMU, unless told: a hostile
    peer sends one it never offered); ``sender`` streams the audio from another socket
    (an unexpected source address) instead of this one."""

    def __init__(
        self,
        host: str = HOST,
        echo: bool = False,
        audio: bytes | None = None,
        target: tuple[str, int] | None = None,
        pt: int = 0,
        sender: socket.socket | None = None,
    ) -> None:
        if target is not None and target[0] != host:
            raise ValueError(f"RTP only to {host}, not {target[0]}")
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((host, 0))
        self.sock.settimeout(0.05)
        self.host = host
        self.port: int = self.sock.getsockname()[1]
        self.echo = echo
        self.target = target
        self.pt = pt
        self.sender = sender
        self.packets: list[RtpPacket] = []
        self.sent: int = 0  # packets streamed from ``audio``
        self.other: int = 0  # datagrams that are not RTP version 2
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"rtp-sink-{self.port}", daemon=True)
        self._thread.start()
        self._sender: threading.Thread | None = None
        if audio:
            self._sender = threading.Thread(
                target=self._stream, args=(audio,), name=f"rtp-src-{self.port}", daemon=True
            )
            self._sender.start()

    def _stream(self, audio: bytes) -> None:
        frames = [audio[i : i + 160].ljust(160, b"\xff") for i in range(0, len(audio), 160)]
        seq, ts, ssrc = 1, 0, 0x51AA5EED
        next_t = time.monotonic()
        while not self._stop.wait(max(0.0, next_t - time.monotonic())):
            next_t += 0.020
            target = self.target or (self.packets[0].src if self.packets else None)
            if target is None or target[0] != self.host:
                continue
            header = struct.pack("!BBHII", 0x80, self.pt & 0x7F, seq & 0xFFFF, ts & 0xFFFFFFFF, ssrc)
            with contextlib.suppress(OSError):
                (self.sender or self.sock).sendto(header + frames[(seq - 1) % len(frames)], target)
                self.sent += 1
            seq += 1
            ts += 160

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                data, src = self.sock.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            now = time.time()
            if len(data) < 12 or data[0] >> 6 != 2:
                self.other += 1
                continue
            cc = data[0] & 0x0F
            seq, ts, ssrc = struct.unpack("!HII", data[2:12])
            self.packets.append(
                RtpPacket(now, src, data[1] & 0x7F, bool(data[1] & 0x80), seq, ts, ssrc, data[12 + 4 * cc :])
            )
            if self.echo:
                with contextlib.suppress(OSError):
                    self.sock.sendto(data, src)

    def count(self, pt: int | None = None, since: float = 0.0, until: float = math.inf) -> int:
        return sum(1 for p in list(self.packets) if since <= p.t < until and pt in (None, p.pt))

    @property
    def first_t(self) -> float | None:
        return self.packets[0].t if self.packets else None

    @property
    def last_t(self) -> float | None:
        return self.packets[-1].t if self.packets else None

    def dtmf(self, pt: int = 101) -> str:
        """Digits of the RFC 4733 telephone-events received (one per event, by timestamp)."""
        digits: list[str] = []
        seen: set[int] = set()
        for p in list(self.packets):
            if p.pt != pt or len(p.payload) < 4 or p.timestamp in seen:
                continue
            event = p.payload[0]
            if event < len(DTMF_EVENTS):
                seen.add(p.timestamp)
                digits.append(DTMF_EVENTS[event])
        return "".join(digits)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        if self._sender is not None:
            self._sender.join(timeout=2)
        self.sock.close()

    def __enter__(self) -> RtpSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def dtmf_pcap(digits: str, pt: int = 101, port: int = 6000, gap_ms: int = 200) -> bytes:
    """A pcap of RFC 4733 telephone-events for ``digits`` (100 ms each, end packet sent 3
    times), 127.0.0.1 -> 127.0.0.1, for SIPp's ``play_pcap_audio`` (SIPp keeps only the
    payload and the port offsets: it sends to the SDP address of the peer)."""
    packets: list[tuple[float, bytes]] = []
    t, seq, ssrc = 0.0, 1, 0xD7F0D7F0
    for n, digit in enumerate(digits):
        event = DTMF_EVENTS.index(digit.upper())
        ts = 8000 + n * 8 * (100 + gap_ms)
        for i in range(1, 6):  # 5 x 20 ms, duration grows by 160
            end = i == 5
            for _ in range(3 if end else 1):
                body = struct.pack("!BBH", event, (0x80 if end else 0) | 10, 160 * i)
                rtp = struct.pack("!BBHII", 0x80, (0x80 if i == 1 else 0) | pt, seq & 0xFFFF, ts, ssrc) + body
                packets.append((t, rtp))
                seq += 1
            t += 0.020
        t += gap_ms / 1000
    out = [struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)]  # pcap header, Ethernet
    for when, rtp in packets:
        udp = struct.pack("!HHHH", port, port, 8 + len(rtp), 0) + rtp
        ip = (
            struct.pack(
                "!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 0, 0, 64, 17, 0, socket.inet_aton(HOST), socket.inet_aton(HOST)
            )
            + udp
        )
        frame = b"\x00" * 12 + b"\x08\x00" + ip
        sec = int(when)
        out.append(struct.pack("<IIII", sec, int((when - sec) * 1e6), len(frame), len(frame)) + frame)
    return b"".join(out)


# ---------------------------------------------------------------------------------------
# results


@dataclass(frozen=True)
class SippMessage:
    """One SIP message SIPp sent (``S``) or received (``R``), from ``-trace_shortmsg``."""

    t: float  # epoch seconds
    direction: str  # "S" or "R"
    call_id: str
    cseq: str  # e.g. "CSeq:1 INVITE"
    first_line: str  # e.g. "SIP/2.0 180 Ringing" or "BYE sip:... SIP/2.0"

    @property
    def status(self) -> int | None:
        """Response code, or None for a request."""
        m = re.match(r"SIP/2\.0 (\d{3})", self.first_line)
        return int(m.group(1)) if m else None

    @property
    def method(self) -> str:
        """Request method, or the CSeq method for a response."""
        if self.status is None:
            return self.first_line.split(" ", 1)[0]
        return self.cseq.split()[-1]


@dataclass
class SippResult:
    """What one SIPp run did. ``ok`` is SIPp's own verdict: every call went as scripted."""

    returncode: int | None
    stopped: bool  # we had to stop SIPp (it had not finished its -m calls by itself)
    stats: dict[str, str] = field(default_factory=dict)  # last -trace_stat row
    counters: dict[str, int] = field(default_factory=dict)  # scenario counter="..." totals
    messages: list[SippMessage] = field(default_factory=list)
    errors: str = ""  # -trace_err log (unexpected messages, warnings)
    stdout: str = ""  # SIPp's screen output
    workdir: Path | None = None

    @property
    def ok(self) -> bool:
        """Exit code 0, no failed call and no call left open (a stopped SIPp exits 0 even
        with calls in progress)."""
        return self.returncode == EXIT_ALL_OK and self.failed == 0 and self.open_calls == 0

    @property
    def open_calls(self) -> int:
        return self._stat("CurrentCall")

    def _stat(self, name: str) -> int:
        try:
            return int(float(self.stats.get(name, "0") or 0))
        except ValueError:
            return 0

    @property
    def successful(self) -> int:
        return self._stat("SuccessfulCall(C)")

    @property
    def failed(self) -> int:
        return self._stat("FailedCall(C)")

    @property
    def calls(self) -> int:
        return self._stat("TotalCallCreated")

    def find(self, prefix: str, direction: str | None = None, after: float = 0.0) -> SippMessage | None:
        """First message whose first line starts with ``prefix`` (e.g. ``"SIP/2.0 180"``,
        ``"BYE"``), optionally only sent (``"S"``) or received (``"R"``), at or after ``after``."""
        for msg in self.messages:
            if msg.first_line.startswith(prefix) and msg.t >= after and direction in (None, msg.direction):
                return msg
        return None

    def delay(self, first: str, then: str) -> float:
        """Seconds from the first message matching ``first`` to the next one matching ``then``."""
        a = self.find(first)
        if a is None:
            raise AssertionError(f"SIPp saw no {first!r}; messages: {self.flow()}")
        b = self.find(then, after=a.t)
        if b is None:
            raise AssertionError(f"SIPp saw no {then!r} after {first!r}; messages: {self.flow()}")
        return b.t - a.t

    def flow(self) -> list[str]:
        """Compact flow, e.g. ``["R INVITE", "S 100", "S 180", ...]``."""
        return [f"{m.direction} {m.status or m.method}" for m in self.messages]

    def summary(self) -> str:
        return (
            f"sipp rc={self.returncode} stopped={self.stopped} successful={self.successful} "
            f"failed={self.failed} counters={self.counters} flow={self.flow()} "
            f"errors={self.errors.strip()[-1500:]!r} workdir={self.workdir}"
        )


def _read(path: Path) -> str:
    try:
        return path.read_text(errors="replace")
    except OSError:
        return ""


def parse_shortmsg(text: str) -> list[SippMessage]:
    """Parse a ``-trace_shortmsg`` log: date, time, epoch, S|R, Call-ID, CSeq, first line."""
    out = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 7:
            continue
        try:
            t = float(parts[2])
        except ValueError:
            continue
        out.append(SippMessage(t, parts[3], parts[4], parts[5], parts[6].strip()))
    return out


def parse_stat(text: str) -> dict[str, str]:
    """Last row of a ``-trace_stat`` CSV (';' separated) as {column: value}."""
    rows = [r for r in csv.reader(text.splitlines(), delimiter=";") if r]
    if len(rows) < 2:
        return {}
    return dict(zip(rows[0], rows[-1], strict=False))


# ---------------------------------------------------------------------------------------
# the peer


class SippPeer:
    """One SIPp process on 127.0.0.1, as a context manager.

    ``scenario``: file in ``tests/sipp/`` (``"uas_busy"`` or ``"uas_busy.xml"``) or a path.
    ``remote``: None for a server (UAS/registrar: SIPp waits for requests) or ``"host:port"``
    to make SIPp a client (UAC) towards that address.
    ``calls``: ``-m``, SIPp exits by itself after that many calls (SIP transactions chains
    with one Call-ID).
    ``variables``: ``-set NAME VALUE`` (checked against the scenario's ``<Global>``).
    ``keys``: ``-key NAME VALUE``.
    ``service``/``auth``: ``-s USER`` and ``-au USER -ap PASSWORD`` (UAC scenarios).
    ``rtp_echo``: ``-rtp_echo`` (echo RTP received on the media port); never with
    ``uas_silent``.
    ``audio``: what the ``rtp_stream`` scenarios play (see :func:`prepare_audio`).
    ``timeout_s``: SIPp's own global ``-timeout`` (with ``-timeout_error``): a hard bound.
    ``transport``: ``-t``, ``"u1"`` (UDP, SIPp's default) or ``"t1"`` (TCP) for SIP.
    ``workdir``: SIPp's working directory and log directory (default: a temporary
    directory removed after the run unless ``keep_workdir``).
    ``sip_port``: listen on this SIP port instead of a free one of SIPp's choosing (e.g. a
    TCP peer on the port number a UDP peer already uses: one address, both transports).
    """

    def __init__(
        self,
        scenario: str | os.PathLike[str],
        *,
        remote: str | None = None,
        calls: int = 1,
        variables: Mapping[str, object] | None = None,
        keys: Mapping[str, object] | None = None,
        service: str | None = None,
        auth: tuple[str, str] | None = None,
        rtp_echo: bool = False,
        audio: str | os.PathLike[str] | bytes | None = None,
        timeout_s: float = 60.0,
        transport: str = "u1",
        extra_args: Sequence[str] = (),
        workdir: str | os.PathLike[str] | None = None,
        keep_workdir: bool = False,
        sipp_bin: str | None = None,
        host: str = HOST,
        sip_port: int | None = None,
    ) -> None:
        self.scenario = scenario_path(scenario)
        self.sip_port = sip_port
        self.remote = remote
        self.calls = calls
        self.variables = {k: str(v) for k, v in (variables or {}).items()}
        self.keys = {k: str(v) for k, v in (keys or {}).items()}
        self.service = service
        self.auth = auth
        self.rtp_echo = rtp_echo
        self.audio = audio
        self.timeout_s = timeout_s
        self.transport = transport
        self.extra_args = list(extra_args)
        self.host = host
        self.sipp_bin = sipp_bin or sipp_binary()
        self._own_workdir = workdir is None
        self.keep_workdir = keep_workdir
        self.workdir = Path(workdir) if workdir is not None else None
        self.port = 0
        self.media_port = 0
        self.control_port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.result: SippResult | None = None
        self.started_at = 0.0

        declared = scenario_globals(self.scenario)
        unknown = set(self.variables) - declared
        if unknown:
            raise ValueError(
                f"{self.scenario.name} declares no global variable(s) {sorted(unknown)}; it has {sorted(declared)}"
            )

    # -- addresses ------------------------------------------------------------------

    @property
    def address(self) -> str:
        """``127.0.0.1:PORT`` where SIPp listens (valid after :meth:`start`)."""
        return f"{self.host}:{self.port}"

    def uri(self, user: str = "service") -> str:
        """SIP URI of this peer, e.g. ``sip:busy@127.0.0.1:40123`` (the user part is free)."""
        if not self.port:
            raise RuntimeError("SippPeer not started")
        return f"sip:{user}@{self.host}:{self.port}"

    # -- life cycle -----------------------------------------------------------------

    def command(self) -> list[str]:
        """The sipp command line for the current ports and options."""
        w = self.workdir
        assert w is not None
        cmd = [self.sipp_bin or "sipp"]
        if self.remote:
            cmd.append(self.remote)
        cmd += ["-sf", str(self.scenario)]
        cmd += ["-t", self.transport, "-i", self.host, "-p", str(self.port), "-bind_local"]
        cmd += ["-mi", self.host, "-mp", str(self.media_port)]
        cmd += ["-ci", self.host, "-cp", str(self.control_port)]
        cmd += ["-m", str(self.calls), "-nostdin", "-aa"]
        cmd += ["-timeout", f"{max(1, math.ceil(self.timeout_s))}s", "-timeout_error"]
        cmd += ["-trace_err", "-error_file", str(w / "errors.log")]
        cmd += ["-trace_stat", "-stf", str(w / "stat.csv"), "-fd", "1"]
        cmd += ["-trace_shortmsg", "-shortmessage_file", str(w / "shortmsg.log")]
        cmd += ["-trace_msg", "-message_file", str(w / "messages.log")]
        cmd += ["-trace_logs", "-log_file", str(w / "logs.log")]
        cmd += ["-trace_screen", "-screen_file", str(w / "screen.log")]
        if self.rtp_echo:
            cmd.append("-rtp_echo")
        if self.service:
            cmd += ["-s", self.service]
        if self.auth:
            cmd += ["-au", self.auth[0], "-ap", self.auth[1]]
        for name, value in self.variables.items():
            cmd += ["-set", name, value]
        for name, value in self.keys.items():
            cmd += ["-key", name, value]
        cmd += list(_SCENARIO_ARGS.get(self.scenario.stem, ()))
        cmd += self.extra_args
        return cmd

    def start(self, ready_timeout_s: float = 10.0, attempts: int = 3) -> SippPeer:
        """Pick ports, launch SIPp and return once it listens (server) or runs (client)."""
        if self.proc is not None:
            raise RuntimeError("SippPeer already started")
        if not self.sipp_bin:
            raise SippError("sipp is not installed (Debian package sip-tester)")
        if self.workdir is None:
            self.workdir = Path(tempfile.mkdtemp(prefix=f"sipp-{self.scenario.stem}-"))
        self.workdir.mkdir(parents=True, exist_ok=True)
        prepare_audio(self.audio, self.workdir / AUDIO_NAME)
        last_error = ""
        for _ in range(attempts):
            self.port = self.sip_port or free_udp_port(self.host)
            self.media_port = free_media_base(self.host)
            self.control_port = free_udp_port(self.host)
            if len({self.port, self.control_port} | set(range(self.media_port, self.media_port + 4))) != 6:
                continue
            for name in ("errors.log", "stat.csv", "shortmsg.log", "messages.log", "logs.log", "screen.log"):
                with contextlib.suppress(OSError):
                    (self.workdir / name).unlink()
            self._stdout = open(self.workdir / "stdout.log", "wb")  # noqa: SIM115
            self.started_at = time.time()
            self.proc = subprocess.Popen(
                self.command(),
                cwd=self.workdir,
                stdin=subprocess.DEVNULL,
                stdout=self._stdout,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a Ctrl-C in the terminal goes to pytest, not SIPp
            )
            try:
                if self._wait_ready(ready_timeout_s):
                    return self
            except BaseException:
                self._kill()
                raise
            rc = self.proc.wait()
            if self.remote and rc not in (EXIT_BIND, EXIT_FATAL):
                return self  # a client may well be done before we looked: wait() reports
            self._stdout.close()
            last_error = _read(self.workdir / "errors.log") + _read(self.workdir / "stdout.log")[-2000:]
            self.proc = None
            if rc != EXIT_BIND and "bind" not in last_error.lower():
                break
        raise SippError(f"SIPp did not start ({self.scenario.name}): {last_error.strip()}")

    def _wait_ready(self, timeout_s: float) -> bool:
        """True once SIPp holds its SIP and media sockets; False if it exited first."""
        assert self.proc is not None
        tcp = self.transport.startswith("t")  # SIP over TCP; media is UDP either way
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            udp = _ports_of(self.proc.pid)
            sip = _ports_of(self.proc.pid, ("tcp", "tcp6")) if tcp else udp
            if self.media_port in udp and self.port in sip:
                return True
            time.sleep(0.01)
        self._kill()
        raise SippError(f"SIPp not listening on {self.address} after {timeout_s} s")

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def wait(self, timeout_s: float | None = None) -> SippResult:
        """Wait for SIPp to finish its ``-m`` calls by itself; stop it after ``timeout_s``."""
        if self.proc is None:
            if self.result is None:
                raise RuntimeError("SippPeer not started")
            return self.result
        try:
            self.proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            return self.stop()
        return self._finish(stopped=False)

    def stop(self, grace_s: float = 3.0) -> SippResult:
        """Stop SIPp now: SIGUSR1 (soft: no new calls, finish current ones), then SIGINT,
        then SIGKILL, ``grace_s`` apart. Returns the result (also kept in ``.result``)."""
        if self.proc is None:
            if self.result is None:
                raise RuntimeError("SippPeer not started")
            return self.result
        stopped = self.proc.poll() is None
        for sig in (signal.SIGUSR1, signal.SIGINT, signal.SIGKILL):
            if self.proc.poll() is not None:
                break
            with contextlib.suppress(ProcessLookupError):
                self.proc.send_signal(sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=grace_s)
        self.proc.wait()
        return self._finish(stopped=stopped)

    def close(self) -> SippResult | None:
        """Stop if still running; idempotent (used by fixtures)."""
        if self.proc is not None:
            return self.stop()
        return self.result

    def _kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.kill()
            self.proc.wait()

    def _finish(self, stopped: bool) -> SippResult:
        assert self.proc is not None and self.workdir is not None
        rc = self.proc.returncode
        self.proc = None
        self._stdout.close()
        w = self.workdir
        stats = parse_stat(_read(w / "stat.csv"))
        counters = {}
        for name in sorted(scenario_counters(self.scenario)):
            try:
                counters[name] = int(stats.get(f"{name}(C)", "0") or 0)
            except ValueError:
                counters[name] = 0
        self.result = SippResult(
            returncode=rc,
            stopped=stopped,
            stats=stats,
            counters=counters,
            messages=parse_shortmsg(_read(w / "shortmsg.log")),
            errors=_read(w / "errors.log"),
            stdout=_read(w / "stdout.log")[-20000:],
            workdir=None if (self._own_workdir and not self.keep_workdir) else w,
        )
        if self._own_workdir and not self.keep_workdir:
            shutil.rmtree(w, ignore_errors=True)
        return self.result

    def remote_media(self) -> tuple[str, int] | None:
        """(address, port) of the audio in the last SDP SIPp *received* (the robot's RTP
        address, from its INVITE), parsed from ``-trace_msg``; None if none yet."""
        found = None
        for block in self.messages_log().split("UDP message received")[1:]:
            c = re.search(r"^c=IN IP4 (\S+)", block, re.M)
            m = re.search(r"^m=audio (\d+)", block, re.M)
            if c and m:
                found = (c.group(1), int(m.group(1)))
        return found

    def messages_log(self) -> str:
        """Full SIP messages so far (``-trace_msg``; SIPp flushes it as it goes)."""
        return _read(self.workdir / "messages.log") if self.workdir else ""

    def __enter__(self) -> SippPeer:
        return self.start() if self.proc is None and self.result is None else self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self.proc is None:
            return
        if exc_type is None:
            # the peer normally finishes its -m calls right after the test's call ends
            self.wait(timeout_s=self.exit_wait_s)
        else:
            self.stop(grace_s=1.0)

    #: how long ``__exit__`` waits for SIPp to finish by itself before stopping it
    exit_wait_s: float = 10.0


def run_pair(
    server: str,
    client: str,
    *,
    server_kwargs: Mapping[str, object] | None = None,
    client_kwargs: Mapping[str, object] | None = None,
    timeout_s: float = 30.0,
) -> tuple[SippResult, SippResult]:
    """Run a SIPp client scenario against a SIPp server scenario (both ``-m 1`` unless told)."""
    with SippPeer(server, timeout_s=timeout_s, **dict(server_kwargs or {})) as uas:  # type: ignore[arg-type]
        uac = SippPeer(client, remote=uas.address, timeout_s=timeout_s, **dict(client_kwargs or {}))  # type: ignore[arg-type]
        try:
            uac.start()
            uac_result = uac.wait(timeout_s)
        finally:
            uac.close()
    assert uas.result is not None
    return uas.result, uac_result


__all__ = [
    "RtpPacket",
    "RtpSink",
    "SippError",
    "SippMessage",
    "SippPeer",
    "SippResult",
    "dtmf_pcap",
    "free_media_base",
    "free_udp_port",
    "parse_shortmsg",
    "parse_stat",
    "pcm16_to_ulaw",
    "prepare_audio",
    "run_pair",
    "scenario_path",
    "sipp_binary",
    "tone_ulaw",
]
