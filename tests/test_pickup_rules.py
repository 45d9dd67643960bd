"""Who picked up: the pure parts (announcement meanings, early media spans, outcome rules)."""

from __future__ import annotations

from robot.call.outcome import CallFacts, classify
from robot.call.pickup import PickUp, early_span
from robot.call.sensing import meaning_of
from robot.sip import timeline as tl
from robot.sip.timeline import Timeline


def test_words_decide_the_meaning_else_the_final_status() -> None:
    assert meaning_of("the subscriber is switched off or out of reach", 480, tones=False) == "unreachable"
    assert meaning_of("неправильно набран номер", 480, tones=False) == "invalid_number"
    assert meaning_of("", 404, tones=True) == "invalid_number"
    assert meaning_of("", 480, tones=True) == "unreachable"
    assert meaning_of("", 480, tones=False) is None


def test_an_announcement_overrides_the_status_rules_but_not_an_interrupted_call() -> None:
    answered = CallFacts(answered=True, ringing_seen=True, status=200, hangup_by="callee", announcement="unreachable")
    assert classify(answered) == "unreachable"
    early = CallFacts(answered=False, ringing_seen=True, status=480, announcement="unreachable")
    assert classify(early) == "unreachable"
    assert classify(CallFacts(answered=False, ringing_seen=True, status=480)) == "no_answer"
    stopped = CallFacts(answered=True, ringing_seen=True, status=200, interrupted=True, announcement="unreachable")
    assert classify(stopped) == "failed"


def test_early_media_spans_the_183_to_the_answer_or_the_end() -> None:
    timeline = Timeline()
    timeline.add(tl.INVITE_SENT, at=100.0)
    timeline.add(tl.PROVISIONAL, {"code": 183}, at=100.5)
    timeline.add(tl.MEDIA_STARTED, at=100.52)
    timeline.add(tl.FINAL_RESPONSE, {"code": 480}, at=107.0)
    timeline.add(tl.DISCONNECTED, at=107.01)
    assert early_span(timeline) == (0.52, 7.01)
    answered = Timeline()
    answered.add(tl.INVITE_SENT, at=0.0)
    answered.add(tl.ANSWERED, at=2.0)
    answered.add(tl.MEDIA_STARTED, at=2.01)
    assert early_span(answered) is None  # media from the answer on is not early


def test_music_becomes_a_hold_from_the_answer_until_the_person() -> None:
    hold = PickUp(answered_by="music", music=True, music_until_s=3.0).music_hold(answered_t_s=1.5)
    assert hold is not None and (hold.start_s, hold.end_s, hold.kind) == (1.5, 4.5, "music")
    assert PickUp(answered_by="human").music_hold(1.5) is None
