"""The dead-line watch's sampling over stand-in calls (no pjsua): which calls it samples
and when it hangs one up."""

from __future__ import annotations

from typing import Any

from robot.sip import timeline as tl
from robot.sip.call import CallSession, MediaStats
from robot.sip.mediawatch import MediaWatch
from robot.sip.sampling import MediaSampler


class FakeCall:
    def __init__(self, session: CallSession, rx: list[int] | None = None):
        self.session = session
        self.disconnected = False
        self.rx = rx or []
        self.sampled = 0

    def sample_stats(self) -> MediaStats | None:
        self.sampled += 1
        if not self.rx:
            return None
        return MediaStats(rx_packets=self.rx.pop(0))


def answered(media: bool, timeout_s: float = 1.0) -> CallSession:
    s = CallSession(uri="u", watch=MediaWatch(timeout_s))
    s.answered.set()
    assert s.watch is not None
    s.watch.start(0.0)
    if media:
        s.media_active.set()
    return s


def run(calls: list[Any], times: list[float]) -> list[Any]:
    hung: list[Any] = []
    sampler = MediaSampler(hung.append)
    for now in times:
        sampler.sample(calls, now)
    return hung


def test_a_line_with_rtp_flowing_stays_up() -> None:
    call = FakeCall(answered(media=True), rx=[10, 20, 30, 40, 50])
    assert run([call], [0.2, 0.4, 0.6, 0.8, 1.0]) == []
    assert call.sampled == 5


def test_a_line_whose_rtp_stopped_is_hung_up_by_the_network() -> None:
    call = FakeCall(answered(media=True), rx=[10, 10, 10, 10, 10, 10])
    assert run([call], [0.2, 0.4, 0.8, 1.0, 1.2]) == [call]
    s = call.session
    assert s.hangup_by == "network" and s.ended_at == 1.2
    (event,) = [e for e in s.timeline.events if e[1] == tl.MEDIA_TIMEOUT]
    assert event[2] == {"silent_s": 1.0, "rx_packets": 10}


def test_a_line_whose_audio_never_became_active_is_silent_too() -> None:
    call = FakeCall(answered(media=False))
    assert run([call], [0.5, 1.0]) == [call]
    assert call.sampled == 0  # no stream to read statistics from


def test_unanswered_ended_or_unwatched_calls_are_not_sampled() -> None:
    ringing = FakeCall(CallSession(uri="u", watch=MediaWatch(1.0)))
    ended = FakeCall(answered(media=True))
    ended.disconnected = True
    hung_up = FakeCall(answered(media=True))
    hung_up.session.ended_at = 0.1
    unwatched_session = CallSession(uri="u")
    unwatched_session.answered.set()
    unwatched = FakeCall(unwatched_session)
    calls = [ringing, ended, hung_up, unwatched]
    assert run(calls, [5.0, 10.0]) == []
    assert all(c.sampled == 0 for c in calls)
