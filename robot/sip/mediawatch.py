"""Detecting a silent line: no RTP and no RTCP from the far end for ``media_timeout_s``.

pjsua has no RTP inactivity timeout, so the softphone samples the stream statistics
periodically and feeds them here. A peer using silence suppression still sends comfort
noise / keep-alive packets and RTCP reports every ~5 s, which count as signs of life.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class MediaWatch:
    timeout_s: float
    last_activity: float | None = None
    rx_rtp_packets: int = 0
    rx_rtcp_reports: int = 0

    def start(self, now: float) -> None:
        """Media became active at ``now``: the timeout counts from here."""
        self.last_activity = now

    def sample(self, now: float, rx_rtp_packets: int, rx_rtcp_reports: int) -> bool:
        """Record counters sampled at ``now``; True when the line has been silent too long."""
        if self.last_activity is None:
            self.start(now)
        if rx_rtp_packets > self.rx_rtp_packets or rx_rtcp_reports > self.rx_rtcp_reports:
            self.last_activity = now
        self.rx_rtp_packets = max(self.rx_rtp_packets, rx_rtp_packets)
        self.rx_rtcp_reports = max(self.rx_rtcp_reports, rx_rtcp_reports)
        assert self.last_activity is not None
        return now - self.last_activity >= self.timeout_s

    def silent_for(self, now: float) -> float:
        return 0.0 if self.last_activity is None else now - self.last_activity
