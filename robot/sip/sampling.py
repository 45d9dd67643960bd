"""Sampling the calls' RTP/RTCP statistics for the dead-line watch (:mod:`robot.sip.mediawatch`).

pjsua has no RTP inactivity timeout: the softphone reads ``getStreamStat()`` every 0.2 s
(``STATS_INTERVAL_S``) and hangs up a line that has been silent for ``media_timeout_s``.
The same samples feed the call's quality figures (:mod:`robot.call.quality`): a re-INVITE
that rebuilds the stream restarts pjmedia's counters, so :class:`StreamTotals` keeps what
the earlier streams counted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from robot.sip import timeline as tl

if TYPE_CHECKING:
    from robot.sip.call import SipCall

STATS_INTERVAL_S = 0.2


@dataclass(frozen=True)
class StreamCounters:
    """One stream's cumulative counters as pjmedia reports them (or a sum of streams')."""

    rx_packets: int = 0
    rx_loss: int = 0
    tx_packets: int = 0
    empty_frames: int = 0
    jitter_n: int = 0  # RTP jitter samples
    jitter_mean_us: float = 0.0
    jitter_max_us: float = 0.0
    rtcp_reports: int = 0  # the peer's RTCP reports about our stream (each one a round trip)
    rtt_n: int = 0  # the round trips that count: a stream that received no RTP (a hold) has
    rtt_mean_us: float = 0.0  # bogus ones (pjmedia: about 0.5 s on loopback), left out
    jbuf_delay_ms: float = 0.0  # the jitter buffer's average delay (latest stream's)

    def plus(self, other: StreamCounters) -> StreamCounters:
        """The counts of both; means weighted by their sample counts."""
        return StreamCounters(
            rx_packets=self.rx_packets + other.rx_packets,
            rx_loss=self.rx_loss + other.rx_loss,
            tx_packets=self.tx_packets + other.tx_packets,
            empty_frames=self.empty_frames + other.empty_frames,
            jitter_n=self.jitter_n + other.jitter_n,
            jitter_mean_us=_mean(self.jitter_mean_us, self.jitter_n, other.jitter_mean_us, other.jitter_n),
            jitter_max_us=max(self.jitter_max_us, other.jitter_max_us),
            rtcp_reports=self.rtcp_reports + other.rtcp_reports,
            rtt_n=self.rtt_n + other.rtt_n,
            rtt_mean_us=_mean(self.rtt_mean_us, self.rtt_n, other.rtt_mean_us, other.rtt_n),
            jbuf_delay_ms=other.jbuf_delay_ms or self.jbuf_delay_ms,
        )


def _mean(a: float, n: int, b: float, m: int) -> float:
    return (a * n + b * m) / (n + m) if n + m else 0.0


class StreamTotals:
    """A call's counters across stream rebuilds: the ended streams' sum plus the live one.

    Pure: :meth:`update` takes the live stream's latest counters, :meth:`stream_ended`
    closes it (pjsua's ``onStreamDestroyed``). A live stream whose counters went backwards
    is a new one whose predecessor's end was missed: the predecessor is kept too.
    """

    def __init__(self) -> None:
        self._ended = StreamCounters()
        self._live = StreamCounters()

    def update(self, live: StreamCounters) -> StreamCounters:
        """Record the live stream's counters; returns the call's totals."""
        if live.rx_packets < self._live.rx_packets or live.tx_packets < self._live.tx_packets:
            self.stream_ended()
        self._live = live
        return self.total()

    def stream_ended(self) -> None:
        self._ended = self._ended.plus(self._live)
        self._live = replace(StreamCounters(), jbuf_delay_ms=self._live.jbuf_delay_ms)

    def total(self) -> StreamCounters:
        return self._ended.plus(self._live)


class MediaSampler:
    """Feeds each answered call's received RTP packets and RTCP reports to its MediaWatch and
    hangs up the calls whose line went dead (``hang_up`` notes who ended it and sends BYE).

    Keeps the rule "other threads never touch pjsua2 objects": :meth:`sample` reads the
    stream statistics, so it runs on the owning thread only, every ``STATS_INTERVAL_S``
    (the softphone's poll schedules it).
    """

    def __init__(self, hang_up: Callable[[SipCall], None]):
        self._hang_up = hang_up

    def sample(self, calls: Iterable[SipCall], now: float) -> None:
        """Refresh RTP/RTCP statistics; hang up a line silent for ``media_timeout_s``.

        The watch runs from the answer: a call whose audio never became active (no stream,
        or the far end declared it inactive) is as silent as one whose RTP stopped.
        """
        for call in calls:
            s = call.session
            if call.disconnected or not s.answered.is_set() or s.watch is None or s.ended_at is not None:
                continue
            stats = call.sample_stats() if s.media_active.is_set() else None
            rx_packets = stats.rx_packets if stats is not None else 0
            rtcp_reports = stats.rtcp_reports_rx if stats is not None else 0
            empty = stats.rx_empty_frames if stats is not None else None
            foreign = stats is not None and stats.rx_foreign_source is not None
            if s.watch.sample(now, rx_packets, rtcp_reports, empty, foreign):
                detail: dict[str, object] = {"silent_s": round(s.watch.silent_for(now), 3), "rx_packets": rx_packets}
                if s.watch.ignored_packets:  # RTP that did not count: not decodable, or foreign
                    detail["rx_ignored"] = s.watch.ignored_packets
                    if foreign and stats is not None:
                        detail["rx_source"] = stats.rx_foreign_source
                s.timeline.add(tl.MEDIA_TIMEOUT, detail)
                s.note_end("network", now)
                self._hang_up(call)
