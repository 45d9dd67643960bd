"""Who or what picked up, and what the early media was, for a call's result.

Turns a call's :class:`~robot.call.sensing.CallSensing` and timeline into the result's
``answered_by``, ``answered_by_s``, ``early_media``, ``metrics.time_to_human_s``, a music
hold, and the meaning of a carrier announcement that the outcome rules apply (a call
answered by, or rejected after, "the subscriber is switched off" is ``unreachable``;
"the number does not exist" is ``invalid_number``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from robot.call.outcome import AnnouncementMeaning
from robot.call.result import AnsweredBy, EarlyMedia, Hold
from robot.call.sensing import RATE, CallSensing, meaning_of, transcribe_pcm
from robot.sip import timeline as tl
from robot.sip.timeline import Timeline

ANNOUNCEMENT_LISTEN_S = 20.0  # of an answering announcement transcribed after the call
#: final statuses an early-media announcement explains (busy and declined lines keep their outcome)
ANNOUNCED_ENDS = frozenset({404, 408, 410, 480, 484, 500, 502, 503, 504, 604})


@dataclass(frozen=True)
class PickUp:
    """What the call's audio said about who answered (times: seconds from the answer unless named)."""

    answered_by: AnsweredBy | None = None
    answered_by_s: float | None = None
    confidence: float | None = None
    early_media: EarlyMedia | None = None
    announcement: AnnouncementMeaning | None = None
    time_to_human_s: float | None = None
    music_until_s: float | None = None  # music on hold from the answer until then (None: to the end)
    music: bool = False

    def music_hold(self, answered_t_s: float) -> Hold | None:
        """The music heard from the answer, as a hold on the INVITE time base."""
        if not self.music:
            return None
        end = None if self.music_until_s is None else round(answered_t_s + self.music_until_s, 3)
        return Hold(start_s=round(answered_t_s, 3), end_s=end, kind="music")


def early_span(timeline: Timeline) -> tuple[float, float] | None:
    """(start, end) of early media, seconds from the INVITE: media before the answer, until
    the answer or the call's end."""
    t0, started = timeline.t0, timeline.first(tl.MEDIA_STARTED)
    answered = timeline.first(tl.ANSWERED)
    if t0 is None or started is None or (answered is not None and answered <= started):
        return None
    end = answered if answered is not None else timeline.first(tl.DISCONNECTED)
    if end is None:
        end = timeline.events[-1][0]
    return round(started - t0, 3), round(max(end, started) - t0, 3)


def sense_pickup(
    sensing: CallSensing | None,
    timeline: Timeline,
    answered: bool,
    final_status: int | None,
    gave_up: bool,
    recording: Path | None,
) -> PickUp:
    """Everything the call's audio tells about who answered (after the call)."""
    early = _early(sensing, timeline, answered, final_status, gave_up)
    if not answered:
        return early
    if sensing is None:  # connected, yet no audio port ever: nothing came
        return PickUp(answered_by="silence", answered_by_s=0.0, confidence=1.0, early_media=early.early_media)
    decision = sensing.final()
    kind = decision.answered_by
    bursts = sensing.speech_bursts()
    to_human = None
    if kind == "human":
        to_human = round(bursts[0][0], 3) if bursts else round(decision.at_s, 3)
    elif kind == "music":
        ended = sensing.music_end_s()  # the sound after the music: the person it held for
        to_human = round(ended, 3) if ended is not None else None
    meaning = None
    if kind == "announcement":
        text = sensing.heard_texts() or _transcribe_callee(recording, sensing.language)
        meaning = meaning_of(text, None, tones=True)
    return PickUp(
        answered_by=kind,
        answered_by_s=round(decision.at_s, 3),
        confidence=round(decision.confidence, 2),
        early_media=early.early_media,
        announcement=meaning or early.announcement,
        time_to_human_s=to_human,
        music=kind == "music",
        music_until_s=to_human,
    )


def _early(
    sensing: CallSensing | None, timeline: Timeline, answered: bool, final_status: int | None, gave_up: bool
) -> PickUp:
    span = early_span(timeline)
    if span is None or sensing is None:
        return PickUp()
    heard = sensing.early_audio(transcribe=True)
    if heard is None:
        return PickUp()
    early = EarlyMedia(start_s=span[0], end_s=span[1], kind=heard.kind, text=heard.text)
    meaning = None
    # an announcement (or SIT) the network ended the call after, not ringing the robot gave up on
    if not answered and not gave_up and heard.kind in ("announcement", "sit") and final_status in ANNOUNCED_ENDS:
        meaning = meaning_of(heard.text, final_status, tones=True)
    return PickUp(early_media=early, announcement=meaning)


def _transcribe_callee(recording: Path | None, language: str) -> str:
    """The words at the start of the callee's channel of the recording ("" when unknown)."""
    if recording is None or not recording.exists():
        return ""
    from robot.media.tts import read_wav

    try:
        pcm, rate = read_wav(recording)
    except (OSError, ValueError):
        return ""
    if rate != RATE or pcm.ndim != 2 or pcm.shape[1] < 2:
        return ""
    callee = np.clip(np.rint(pcm[: int(ANNOUNCEMENT_LISTEN_S * rate), 1]), -32768, 32767).astype(np.int16)
    return transcribe_pcm(callee, language)
