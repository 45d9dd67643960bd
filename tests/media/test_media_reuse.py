"""The PocketSphinx child is reused across streams in a process; a child that failed (or still
owed an utterance) is discarded; a scenario that neither listens nor scores speech starts none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from robot.media.asr import Utterance, open_transcriber
from robot.media.asr.sphinx_engine import POOL, SphinxBackend
from robot.scenario.engine import needs_recogniser
from robot.scenario.loader import load_scenario
from tests.media.media_helpers import RATE, feed_chunks, say, silence

pytestmark = pytest.mark.calls  # starts real PocketSphinx worker processes


@pytest.fixture(autouse=True)
def empty_pool() -> None:
    POOL.close()


def child_pid(transcriber: Any) -> int:
    """The pid of a transcriber's PocketSphinx child."""
    return int(transcriber._backend._proc.pid)


def speech(text: str) -> np.ndarray:
    return np.concatenate([silence(0.3), say(text), silence(1.0)])


def test_a_finished_stream_hands_its_process_back_and_the_next_stream_reuses_it() -> None:
    started = POOL.started
    first = open_transcriber("en", RATE, engine="pocketsphinx")
    first_pid = child_pid(first)
    feed_chunks(first, speech("Thank you, goodbye."))
    assert len(first.close()) == 1
    assert POOL.idle == 1
    second = open_transcriber("en", RATE, engine="pocketsphinx")
    assert child_pid(second) == first_pid and POOL.idle == 0
    feed_chunks(second, speech("Where did you hear about our company?"))
    (utterance,) = second.close()
    heard = set(utterance.text.split()) & {"where", "did", "you", "hear", "about", "our", "company"}
    assert len(heard) >= 3, utterance.text  # the reused child still decodes
    assert POOL.started - started == 1


def test_a_stream_that_never_heard_speech_also_hands_its_process_back() -> None:
    first = open_transcriber("en", RATE, engine="pocketsphinx")
    first_pid = child_pid(first)
    feed_chunks(first, silence(0.5))
    assert first.close() == []
    assert child_pid(open_transcriber("en", RATE, engine="pocketsphinx")) == first_pid


def test_a_process_that_died_is_discarded() -> None:
    first = open_transcriber("en", RATE, engine="pocketsphinx")
    proc = first._backend._proc  # type: ignore[attr-defined]
    proc.kill()
    proc.wait()
    feed_chunks(first, speech("Thank you, goodbye."))
    (utterance,) = first.close()
    assert utterance.text == ""  # its timing is still known
    assert POOL.idle == 0
    assert child_pid(open_transcriber("en", RATE, engine="pocketsphinx")) != proc.pid


def test_a_process_that_still_owes_an_utterance_at_close_is_killed_not_reused() -> None:
    got: list[Utterance] = []
    backend = SphinxBackend(RATE, got.append)
    backend.begin(0.0)
    backend.audio(np.concatenate([say("We can deliver your order on Monday.")] * 3).astype("<i2").tobytes())
    backend.end(0.0, 6.0)
    backend.close(0.0)
    assert backend._proc.poll() is not None and POOL.idle == 0
    assert [u.text for u in got] == [""]


def test_without_recognition_no_process_starts_and_speech_keeps_its_timing() -> None:
    started = POOL.started
    t = open_transcriber("en", RATE, engine="pocketsphinx", recognise=False)
    feed_chunks(t, speech("Thank you, goodbye."))
    (utterance,) = t.close()
    assert utterance.text == "" and 0.2 < utterance.start_s < utterance.end_s
    assert POOL.started == started


SCENARIOS = {
    "name: w\nlanguage: en\nsteps: [{wait: 1}, hangup]\n": False,
    "name: w\nlanguage: en\nsteps: [{say: hello}, {dtmf: '1'}, hangup]\n": False,
    "name: w\nlanguage: en\nsteps: [{wait: 1}]\nchecks:\n  - {id: a, title: A, outcome: answered}\n"
    "  - {id: b, title: B, metric: answer_s, max: 5}\n": False,
    "name: l\nlanguage: en\nsteps: [{listen: 2}, hangup]\n": True,
    "name: h\nlanguage: en\nsteps: [{hold: {max_s: 5}}]\n": True,
    "name: p\nlanguage: en\nsteps: [{wait: 1}]\nchecks:\n  - {id: a, title: A, phrase: [hello]}\n": True,
    "name: m\nlanguage: en\nsteps: [{wait: 1}]\nchecks:\n  - {id: a, title: A, metric: callee_words, min: 1}\n": True,
}


@pytest.mark.parametrize("text", list(SCENARIOS), ids=range(len(SCENARIOS)))
def test_only_scenarios_that_listen_or_score_speech_need_a_recogniser(text: str, tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(text, encoding="utf-8")
    assert needs_recogniser(load_scenario(path)) is SCENARIOS[text]
