"""An impaired line on loopback: a UDP relay between the robot and the simulated phone.

The robot dials the relay's SIP port instead of the phone's. The relay passes SIP through
untouched except for the SDP bodies, whose audio address it replaces with its own RTP
ports (one facing each side), so both ends send their RTP and RTCP through it and each
sees the packets come from exactly the address the other's SDP named. The phone answers
to the relay's SIP socket because the robot's Via carries ``rport`` (RFC 3581); in-dialog
requests (ACK, BYE) go to the Contacts directly, which is fine: they carry no SDP.

Impairments apply to RTP only, never to SIP: ``loss`` drops that share of the phone's
RTP toward the robot, evenly spaced (packet ``n`` is dropped when ``floor((n+1) loss)``
grows), so the loss the robot measures is the configured one, not a random draw;
``delay_s`` delays RTP and RTCP both ways, so the RTCP round trip is about twice it.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
import selectors
import socket
import threading
import time
from types import TracebackType

HOST = "127.0.0.1"
_M_AUDIO = re.compile(r"^m=audio (\d+)", re.M)
_C_LINE = re.compile(r"^c=IN IP4 (\S+)", re.M)
_A_RTCP = re.compile(r"^a=rtcp:(\d+)(.*)$", re.M)
_LENGTH = re.compile(r"^(Content-Length|l)\s*:\s*\d+", re.M | re.I)


def _udp(port: int = 0) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((HOST, port))
    sock.setblocking(False)
    return sock


def _rtp_pair() -> tuple[socket.socket, socket.socket]:
    """An RTP socket on an even port and its RTCP socket on the next one."""
    for _ in range(100):
        rtp = _udp()
        port = rtp.getsockname()[1]
        if port % 2 == 0 and port < 65535:
            try:
                return rtp, _udp(port + 1)
            except OSError:
                pass
        rtp.close()
    raise RuntimeError("no free RTP/RTCP port pair on loopback")


def rewrite_sdp(message: bytes, port: int) -> tuple[bytes, int | None]:
    """The SIP message with its SDP's audio pointed at ``HOST:port`` (RTCP ``port + 1``),
    and the RTP port it named before (None: no SDP audio in it)."""
    text = message.decode("utf-8", "surrogateescape")
    head, sep, body = text.partition("\r\n\r\n")
    found = _M_AUDIO.search(body)
    if not sep or found is None:
        return message, None
    original = int(found.group(1))
    body = _M_AUDIO.sub(f"m=audio {port}", body, count=1)
    body = _C_LINE.sub(f"c=IN IP4 {HOST}", body)
    body = _A_RTCP.sub(lambda m: f"a=rtcp:{port + 1} IN IP4 {HOST}", body)
    size = len(body.encode("utf-8", "surrogateescape"))
    head = _LENGTH.sub(lambda m: f"{m.group(1)}: {size}", head)
    return (head + sep + body).encode("utf-8", "surrogateescape"), original


class ImpairedLine:
    """A relay in front of the phone at ``HOST:phone_port`` (a context manager)."""

    def __init__(self, phone_port: int, loss: float = 0.0, delay_s: float = 0.0):
        self.phone_sip = (HOST, phone_port)
        self.loss, self.delay_s = loss, delay_s
        self.sip_robot_side, self.sip_phone_side = _udp(), _udp()
        self.rtp_robot_side, self.rtcp_robot_side = _rtp_pair()  # the phone's SDP names this
        self.rtp_phone_side, self.rtcp_phone_side = _rtp_pair()  # the robot's SDP names this
        self.robot_sip: tuple[str, int] | None = None
        self.robot_rtp: int | None = None
        self.phone_rtp: int | None = None
        self.forwarded = 0  # phone RTP packets seen (dropped ones included)
        self.dropped = 0
        self._queue: list[tuple[float, int, socket.socket, bytes, tuple[str, int]]] = []
        self._seq = itertools.count()
        self._stop = threading.Event()
        self._selector = selectors.DefaultSelector()
        for sock in self._sockets:
            self._selector.register(sock, selectors.EVENT_READ)
        self._thread = threading.Thread(target=self._run, name="impaired-line", daemon=True)

    @property
    def port(self) -> int:
        """The SIP port to dial instead of the phone's."""
        return int(self.sip_robot_side.getsockname()[1])

    def uri(self, user: str) -> str:
        return f"sip:{user}@{HOST}:{self.port}"

    @property
    def _sockets(self) -> tuple[socket.socket, ...]:
        return (
            self.sip_robot_side,
            self.sip_phone_side,
            self.rtp_robot_side,
            self.rtcp_robot_side,
            self.rtp_phone_side,
            self.rtcp_phone_side,
        )

    def __enter__(self) -> ImpairedLine:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join(5)
        self._selector.close()
        for sock in self._sockets:
            sock.close()

    # -- the relay's thread ----------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            timeout = 0.05
            if self._queue:
                timeout = min(timeout, max(0.0, self._queue[0][0] - time.monotonic()))
            for key, _ in self._selector.select(timeout):
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                try:
                    data, source = sock.recvfrom(65535)
                except OSError:
                    continue
                self._on_packet(sock, data, source)
            now = time.monotonic()
            while self._queue and self._queue[0][0] <= now:
                _, _, out, data, target = heapq.heappop(self._queue)
                try:
                    out.sendto(data, target)
                except OSError:
                    pass

    def _send(self, out: socket.socket, data: bytes, target: tuple[str, int] | None, delay_s: float = 0.0) -> None:
        if target is not None:
            heapq.heappush(self._queue, (time.monotonic() + delay_s, next(self._seq), out, data, target))

    def _on_packet(self, sock: socket.socket, data: bytes, source: tuple[str, int]) -> None:
        if sock is self.sip_robot_side:  # robot -> phone: the offer names our phone-facing RTP
            self.robot_sip = source
            data, robot_rtp = rewrite_sdp(data, self.rtp_phone_side.getsockname()[1])
            self.robot_rtp = robot_rtp or self.robot_rtp
            self._send(self.sip_phone_side, data, self.phone_sip)
        elif sock is self.sip_phone_side:  # phone -> robot: the answer names our robot-facing RTP
            data, phone_rtp = rewrite_sdp(data, self.rtp_robot_side.getsockname()[1])
            self.phone_rtp = phone_rtp or self.phone_rtp
            self._send(self.sip_robot_side, data, self.robot_sip)
        elif sock is self.rtp_robot_side:  # the robot's RTP
            self._send(self.rtp_phone_side, data, self._to(self.phone_rtp), self.delay_s)
        elif sock is self.rtcp_robot_side:
            self._send(self.rtcp_phone_side, data, self._to(self.phone_rtp, 1), self.delay_s)
        elif sock is self.rtp_phone_side:  # the phone's RTP: the impaired direction
            n = self.forwarded
            self.forwarded += 1
            if math.floor((n + 1) * self.loss + 1e-9) > math.floor(n * self.loss + 1e-9):
                self.dropped += 1
                return
            self._send(self.rtp_robot_side, data, self._to(self.robot_rtp), self.delay_s)
        elif sock is self.rtcp_phone_side:
            self._send(self.rtcp_robot_side, data, self._to(self.robot_rtp, 1), self.delay_s)

    @staticmethod
    def _to(port: int | None, offset: int = 0) -> tuple[str, int] | None:
        return (HOST, port + offset) if port is not None else None
