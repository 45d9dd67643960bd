"""The scenario engine's turns without a call: a branch decides on the recogniser's
first-pass draft when the final words are late (the transcript keeps the final words), and
only prompts that were actually played become robot turns."""

from __future__ import annotations

import queue
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from robot.config.settings import Config
from robot.media.asr import SpeechEnded, SpeechStarted, Utterance, UtteranceDraft, UtteranceEnded
from robot.scenario import load_scenario
from robot.scenario.engine import DRAFT_AFTER_S, ScenarioTalk
from robot.sip.timeline import Timeline

SCENARIO = """\
name: draft
language: en
steps:
  - id: menu
    listen: {max_s: 5}
  - branch:
      - heard: ["press one for sales"]
        goto: sales
    else: sales
  - id: sales
    dtmf: "1"
"""


@pytest.fixture
def talk(tmp_path: Path) -> ScenarioTalk:
    path = tmp_path / "draft.yaml"
    path.write_text(SCENARIO, encoding="utf-8")
    talk = ScenarioTalk(load_scenario(path), path, Config())
    talk.transcriber = SimpleNamespace(events=queue.Queue())
    talk.session = SimpleNamespace(ended=threading.Event(), timeline=Timeline())  # type: ignore[assignment]
    talk.step_id = "menu"
    return talk


def speech(talk: ScenarioTalk, final_after_s: float | None) -> Utterance:
    """The callee says the menu; the draft comes at once, the final after ``final_after_s``."""
    final = Utterance("for sales press one for support press two", 0.2, 2.0, (), "pocketsphinx")
    draft = Utterance("for sales press one for support", 0.2, 2.0, (), "pocketsphinx")
    events = talk.transcriber.events
    for event in (SpeechStarted(0.2), SpeechEnded(2.0), UtteranceDraft(draft)):
        events.put(event)
    if final_after_s is not None:
        threading.Timer(final_after_s, events.put, (UtteranceEnded(final),)).start()
    return final


def test_late_final_words_branch_on_the_draft_and_keep_the_final_in_the_transcript(talk):
    final = speech(talk, final_after_s=0.8)
    started = time.monotonic()
    heard = talk._listen(5, 0, time.monotonic() + 10, need_text=True)
    took = time.monotonic() - started
    assert heard.text == "for sales press one for support"
    assert DRAFT_AFTER_S <= took < DRAFT_AFTER_S + 0.2, took
    assert [e for _, e, _ in talk.session.timeline.events if e == "scenario_branch_on_draft"]
    talk.step_id = "sales"
    talk._wait(time.monotonic() + 1.0)  # the final words arrive meanwhile
    assert talk.utterances == [(final, "menu")], "the final words, under the step that heard them"
    assert talk.pending == [], "a later branch must not decide on the same speech again"


def test_final_words_in_time_are_used_as_they_are(talk):
    final = speech(talk, final_after_s=0.05)
    heard = talk._listen(5, 0, time.monotonic() + 10, need_text=True)
    assert heard.utterances == [final]
    assert not [e for _, e, _ in talk.session.timeline.events if e == "scenario_branch_on_draft"]


def test_a_prompt_cut_before_its_first_frame_is_not_in_the_transcript(talk):
    """The callee hung up just as the robot was about to speak: nothing was said."""
    from robot.sip.audioports import RobotVoice

    voice = RobotVoice(160)
    talk.session.voice = voice
    talk.audio = {0: np.zeros(1600, dtype=np.int16)}
    talk.session.ended.set()
    voice.stop()  # what the softphone does when it reaps the ended call
    assert talk._speak(talk.session, 0, "Do you deliver to Manchester?", False, time.monotonic() + 5) is False
    assert talk.turns == []
    assert [d for _, e, d in talk.session.timeline.events if e == "scenario_prompt_not_played"] == [
        {"step": "menu", "text": "Do you deliver to Manchester?"}
    ]


def test_a_played_prompt_is_a_robot_turn_with_its_real_times(talk):
    from robot.sip.audioports import RobotVoice

    voice = RobotVoice(160)
    talk.session.voice = voice
    talk.audio = {0: np.zeros(1600, dtype=np.int16)}  # 0.2 s
    talk.answer_mono = time.monotonic()

    def bridge() -> None:  # pjsua's conference bridge pulls a frame every 20 ms
        while not talk.turns and time.monotonic() - talk.answer_mono < 3:
            voice.next_frame()
            time.sleep(0.02)

    frames = threading.Thread(target=bridge)
    frames.start()
    assert talk._speak(talk.session, 0, "Hello", False, time.monotonic() + 5) is True
    frames.join()
    (turn,) = talk.turns
    assert turn.speaker == "robot" and turn.text == "Hello" and 0 <= turn.start_s < turn.end_s
