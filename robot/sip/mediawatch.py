"""Detecting a silent line: no RTP and no RTCP from the far end for ``media_timeout_s``.

pjsua has no RTP inactivity timeout, so the softphone samples the stream statistics
periodically and feeds them here. A peer using silence suppression still sends comfort
noise / keep-alive packets and RTCP reports every ~5 s, which count as signs of life.

RTP only counts when it is audio the robot can hear: packets of a payload type that was
never negotiated reach pjmedia's counters but not its decoder (the jitter buffer keeps
finding nothing to play: ``empty_frames`` grows by about one per 20 ms), and packets
from another address than the SDP named (``foreign_source``) are a hostile or broken
peer, not the callee. Pure: fed numbers, testable without pjsua.

A re-INVITE or UPDATE (hold, resume, codec change) rebuilds the stream and its counters
start again from zero: a counter lower than the last one seen is a new stream, not
silence. While the callee holds the call (``hold``), the line is not dead: the timeout
counts again from the resume.
"""

from __future__ import annotations

from dataclasses import dataclass

FRAME_S = 0.020  # the bridge pulls one 20 ms frame from the stream per tick
#: RTP in a sample interval counts only if fewer than this share of its frames found
#: the jitter buffer empty (otherwise nothing decodable arrived)
EMPTY_SHARE_DEAD = 0.8


@dataclass
class MediaWatch:
    timeout_s: float
    last_activity: float | None = None
    rx_rtp_packets: int = 0
    rx_rtcp_reports: int = 0
    empty_frames: int | None = None
    last_sample: float | None = None
    ignored_packets: int = 0  # RTP received that did not count (undecodable, foreign source)
    on_hold: bool = False
    streams: int = 1  # audio streams seen (a re-INVITE that rebuilds the stream adds one)

    def start(self, now: float) -> None:
        """Media became active at ``now``: the timeout counts from here."""
        self.last_activity = now

    def hold(self, now: float, held: bool) -> None:
        """The callee put the call on hold (``held``) or resumed it at ``now``."""
        if held != self.on_hold:
            self.on_hold = held
            self.last_activity = now

    def sample(
        self,
        now: float,
        rx_rtp_packets: int,
        rx_rtcp_reports: int,
        empty_frames: int | None = None,
        foreign_source: bool = False,
    ) -> bool:
        """Record counters sampled at ``now``; True when the line has been silent too long.

        ``empty_frames``: the jitter buffer's cumulative count of frames it had nothing
        for (None: unknown, RTP counts as is); ``foreign_source``: the RTP came from an
        address the SDP did not name."""
        if self.last_activity is None:
            self.start(now)
        if rx_rtp_packets < self.rx_rtp_packets or rx_rtcp_reports < self.rx_rtcp_reports:
            self._new_stream()
        new_rtp = rx_rtp_packets > self.rx_rtp_packets
        if new_rtp and not rtp_counts(
            now - (self.last_sample if self.last_sample is not None else now),
            empty_frames,
            self.empty_frames,
            foreign_source,
        ):
            self.ignored_packets += rx_rtp_packets - self.rx_rtp_packets
            new_rtp = False
        if new_rtp or rx_rtcp_reports > self.rx_rtcp_reports:
            self.last_activity = now
        self.rx_rtp_packets = max(self.rx_rtp_packets, rx_rtp_packets)
        self.rx_rtcp_reports = max(self.rx_rtcp_reports, rx_rtcp_reports)
        if empty_frames is not None:
            self.empty_frames = empty_frames
        self.last_sample = now
        if self.on_hold:
            self.last_activity = now
        assert self.last_activity is not None
        return now - self.last_activity >= self.timeout_s

    def _new_stream(self) -> None:
        """The counters restarted (a rebuilt stream): count from zero again."""
        self.streams += 1
        self.rx_rtp_packets = self.rx_rtcp_reports = 0
        self.empty_frames = None

    def silent_for(self, now: float) -> float:
        return 0.0 if self.last_activity is None else now - self.last_activity


def rtp_counts(interval_s: float, empty_now: int | None, empty_before: int | None, foreign_source: bool) -> bool:
    """Whether new RTP in a sample interval of ``interval_s`` is a sign of life."""
    if foreign_source:
        return False
    if empty_now is None or empty_before is None or interval_s <= 0:
        return True
    frames = interval_s / FRAME_S
    return (empty_now - empty_before) < EMPTY_SHARE_DEAD * frames
