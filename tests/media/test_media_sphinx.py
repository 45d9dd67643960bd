"""PocketSphinx fallback: real speech content through the streaming transcriber, in its own process."""

from __future__ import annotations

import os
import time

import numpy as np
import pytest

from robot.media.asr import EngineFailed, SpeechEnded, SpeechStarted, UtteranceDraft, UtteranceEnded, open_transcriber
from tests.media.media_helpers import RATE, feed_chunks, say, silence, speech_bounds

pytestmark = pytest.mark.calls  # decodes in real PocketSphinx worker processes


def test_english_round_trip_content_and_times() -> None:
    lines = ["We can deliver your order on Monday.", "Where did you hear about our company?"]
    audio = [say(line) for line in lines]
    x = np.concatenate([silence(0.5), audio[0], silence(1.5), audio[1], silence(1.0)])
    t = open_transcriber("en", RATE, engine="pocketsphinx")
    assert t.info.engine == "pocketsphinx" and not t.info.fallback and t.info.warning is None
    assert t._backend._proc.pid != os.getpid()  # decoding never runs in the caller's process
    feed_chunks(t, x)
    utterances = t.close()
    assert len(utterances) == 2, utterances
    # espeak speech through the 16 kHz US model is rough; the first line's words must still show
    heard = set(utterances[0].text.split())
    assert len(heard & {"we", "can", "deliver", "your", "order", "on", "monday"}) >= 2, utterances[0].text
    assert "company" in utterances[1].text.split(), utterances[1].text
    offsets = [0.5, 0.5 + len(audio[0]) / RATE + 1.5]
    for u, a, off in zip(utterances, audio, offsets, strict=True):
        start, end = speech_bounds(a)
        assert abs(u.start_s - (off + start)) <= 0.3 and abs(u.end_s - (off + end)) <= 0.3
        assert u.words and u.engine == "pocketsphinx"
        assert all(0.0 <= w.conf <= 1.0 for w in u.words)
        assert all(off - 0.35 <= w.start_s <= w.end_s <= u.end_s + 0.7 for w in u.words)
    events = []
    while not t.events.empty():
        events.append(t.events.get())
    # fed faster than real time, the next SpeechStarted may precede the previous UtteranceEnded
    assert [e.t_s for e in events if isinstance(e, SpeechStarted)] == [u.start_s for u in utterances]
    assert [e.utterance for e in events if isinstance(e, UtteranceEnded)] == utterances
    # each final is preceded by the first pass's draft of the same speech (what a branch may use)
    drafts = [(i, e.utterance) for i, e in enumerate(events) if isinstance(e, UtteranceDraft)]
    finals = [i for i, e in enumerate(events) if isinstance(e, UtteranceEnded)]
    assert [(d.start_s, d.end_s) for _, d in drafts] == [(u.start_s, u.end_s) for u in utterances]
    assert all(i < j for (i, _), j in zip(drafts, finals, strict=True))
    assert all(d.text and not d.words for _, d in drafts), drafts


def test_realtime_events_and_latency() -> None:
    """Fed at real time: SpeechStarted right away, UtteranceEnded within 1 s of the speech end."""
    a = say("How can I order your product?")
    x = np.concatenate([silence(0.6), a, silence(1.2)])
    t = open_transcriber("en", RATE, engine="pocketsphinx", end_of_utterance_s=0.6)
    time.sleep(1.0)  # the child loads its model meanwhile, as during ringing
    data = x.tobytes()
    t0 = time.monotonic()
    for i, off in enumerate(range(0, len(data), 320)):
        t.feed(data[off : off + 320])
        delay = t0 + (i + 1) * 0.02 - time.monotonic()
        if delay > 0:
            time.sleep(delay)
    utterances = t.close()
    events = []
    while not t.events.empty():
        events.append(t.events.get())
    started = [e for e in events if isinstance(e, SpeechStarted)]
    speech_ended = [e for e in events if isinstance(e, SpeechEnded)]
    ended = [e for e in events if isinstance(e, UtteranceEnded)]
    assert len(started) == 1 and len(speech_ended) == 1 and len(ended) == 1 and len(utterances) == 1
    cue = speech_ended[0].mono - t0 - speech_ended[0].t_s  # endpointer only: ~end_of_utterance_s
    assert 0.55 <= cue < 0.8, cue
    assert speech_ended[0].t_s == ended[0].utterance.end_s
    start, end = speech_bounds(a)
    assert started[0].mono - t0 - (0.6 + start) < 0.3  # detected within 0.3 s of the true start
    latency = ended[0].mono - t0 - ended[0].utterance.end_s
    assert 0.55 <= latency < 1.2, latency  # ~0.75 s on an idle 2-core machine; margin for shared CI
    assert abs(ended[0].utterance.end_s - (0.6 + end)) <= 0.3


def test_on_event_callback_and_lag() -> None:
    got = []
    t = open_transcriber("en", RATE, engine="pocketsphinx", on_event=got.append)
    feed_chunks(t, np.concatenate([silence(0.3), say("Thank you, goodbye."), silence(1.0)]))
    t.close()
    assert [type(e).__name__ for e in got] == ["SpeechStarted", "SpeechEnded", "UtteranceDraft", "UtteranceEnded"]
    assert t.lag_s == 0.0 and t.fed_s > 2.0
    t.feed(b"\0" * 320)  # after close: ignored, no error


def test_engine_crash_is_reported_not_silent() -> None:
    t = open_transcriber("en", RATE, engine="pocketsphinx")
    t._backend._proc.kill()
    t._backend._proc.wait()
    feed_chunks(t, np.concatenate([silence(0.3), say("Thank you, goodbye."), silence(1.0)]))
    utterances = t.close()
    events = [t.events.get_nowait() for _ in range(t.events.qsize())]
    assert any(isinstance(e, EngineFailed) and "PocketSphinx process died" in e.message for e in events)
    assert len(utterances) == 1 and utterances[0].text == ""  # the timing is still known
