"""Sampling the calls' RTP/RTCP statistics for the dead-line watch (:mod:`robot.sip.mediawatch`).

pjsua has no RTP inactivity timeout: the softphone reads ``getStreamStat()`` every 0.2 s
(``STATS_INTERVAL_S``) and hangs up a line that has been silent for ``media_timeout_s``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from robot.sip import timeline as tl
from robot.sip.call import SipCall

STATS_INTERVAL_S = 0.2


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
