"""The tone finders and the detector on synthetic signals: SIT, beeps, ringback, fax, silence."""

from __future__ import annotations

import numpy as np
import pytest
from linesense_signals import RATE, babble, line, silence, tone

from robot.media.linesense import LineSense, classify_early_media, detect_beeps, detect_fax, detect_sit

SIT_Q35 = [(913.8, 0.274), (1370.6, 0.274), (1776.7, 0.274)]
SIT_LONG = [(985.2, 0.380), (1428.5, 0.380), (1776.7, 0.380)]
SIT_OLD = [(950.0, 0.330), (1400.0, 0.330), (1800.0, 0.330)]


def sit(spec: list[tuple[float, float]], level_db: float = -14.0) -> np.ndarray:
    return np.concatenate([tone([f], d, level_db) for f, d in spec])


def run(pcm: np.ndarray, chunk: int = 160) -> LineSense:
    sense = LineSense("ru", RATE)
    for i in range(0, len(pcm), chunk):
        sense.feed(pcm[i : i + chunk], i / RATE)
    return sense


@pytest.mark.parametrize("spec", [SIT_Q35, SIT_LONG, SIT_OLD], ids=["q35-short", "q35-long", "950-1400-1800"])
def test_sit_found_at_its_time_in_noise_after_ulaw(spec: list[tuple[float, float]]) -> None:
    total = sum(d for _, d in spec)
    pcm = line(silence(1.0), sit(spec), silence(0.2), babble(2.0), noise_db=-38.0)
    found = detect_sit(pcm, RATE)
    assert len(found) == 1, found
    start, end = found[0]
    assert start == pytest.approx(1.0, abs=0.06)
    assert end == pytest.approx(1.0 + total, abs=0.06)


def test_no_sit_in_speech_noise_or_a_single_tone() -> None:
    assert detect_sit(line(babble(4.0), noise_db=-35.0), RATE) == []
    assert detect_sit(line(tone([913.8], 0.9), silence(0.5)), RATE) == []
    # the right tones in the wrong order are not SIT
    assert detect_sit(line(sit(list(reversed(SIT_Q35))), silence(0.5)), RATE) == []


def test_sit_then_announcement_decides_announcement_within_2_s() -> None:
    sense = run(line(silence(0.2), sit(SIT_Q35), babble(4.0)))
    d = sense.decision
    assert d is not None and d.answered_by == "announcement"
    assert d.at_s <= 2.0 and d.evidence["sit"]


def test_pure_1khz_beep_found() -> None:
    pcm = line(silence(0.5), tone([1000.0], 0.5, -10.0), silence(1.0))
    beeps = detect_beeps(pcm, RATE)
    assert len(beeps) == 1
    start, end, freq = beeps[0]
    assert freq == pytest.approx(1000.0, abs=10)
    assert start == pytest.approx(0.5, abs=0.05) and end == pytest.approx(1.0, abs=0.05)


def test_beep_after_greeting_is_voicemail_and_revises_an_earlier_decision() -> None:
    # a 2.5 s greeting, a pause, then the beep: first judged a person, revised by the beep
    pcm = line(silence(0.3), babble(2.5), silence(1.5), tone([1000.0], 0.5, -10.0), silence(1.0))
    sense = run(pcm)
    d = sense.final()
    assert d.answered_by == "voicemail"
    assert d.evidence["beep"]["freq_hz"] == pytest.approx(1000, abs=10)
    assert d.evidence["revised_from"]["answered_by"] == "human"


@pytest.mark.parametrize(
    ("freqs", "on_s", "off_s"), [([425.0], 1.0, 4.0), ([440.0, 480.0], 2.0, 4.0)], ids=["europe", "north-america"]
)
def test_ringback_cadence(freqs: list[float], on_s: float, off_s: float) -> None:
    cycle = [tone(freqs, on_s, -16.0), silence(off_s)]
    pcm = line(silence(0.3), *cycle, *cycle)
    assert classify_early_media(pcm, RATE) == "ringback"


def test_early_media_speech_sit_and_silence() -> None:
    assert classify_early_media(line(silence(0.3), babble(4.0), silence(1.0)), RATE) == "announcement"
    assert classify_early_media(line(silence(0.2), sit(SIT_LONG), babble(3.0)), RATE) == "sit"
    assert classify_early_media(line(silence(5.0), noise_db=-55.0), RATE) == "silence"
    assert classify_early_media(line(silence(5.0)), RATE, ["абонент недоступен"]) == "announcement"


@pytest.mark.parametrize("noise_db", [None, -55.0, -40.0])
def test_silence_and_line_noise_decide_silence(noise_db: float | None) -> None:
    sense = run(line(silence(6.0), noise_db=noise_db))
    d = sense.decision
    assert d is not None and d.answered_by == "silence" and d.at_s <= 6.0


def test_fax_ced_and_cng() -> None:
    ced = line(silence(0.3), tone([2100.0], 3.0, -12.0), silence(0.5))
    assert detect_fax(ced, RATE) == "ced"
    d = run(ced).decision
    assert d is not None and d.answered_by == "fax" and d.at_s <= 1.5
    cng = line(silence(0.5), tone([1100.0], 0.5, -12.0), silence(3.0))
    assert detect_fax(cng, RATE) == "cng"
    d = run(cng).decision
    assert d is not None and d.answered_by == "fax" and d.at_s <= 1.5
    assert detect_fax(line(babble(3.0)), RATE) is None


def test_short_greeting_then_silence_is_a_person_within_3_s() -> None:
    d = run(line(silence(0.4), babble(0.8), silence(4.0))).decision
    assert d is not None and d.answered_by == "human" and d.at_s <= 3.0


def test_long_talking_without_pause_is_a_machine_by_the_bound() -> None:
    d = run(line(silence(0.3), babble(8.0))).decision
    assert d is not None and d.answered_by in ("ivr", "voicemail") and d.at_s <= 6.0


def test_chunk_size_does_not_change_the_decision() -> None:
    pcm = line(silence(0.4), babble(1.0), silence(1.5), babble(1.0), silence(2.0))
    small, large = run(pcm, 160).final(), run(pcm, 8000).final()
    assert (small.answered_by, small.at_s) == (large.answered_by, large.at_s)


def test_silence_is_decided_at_3_s_and_reopened_by_later_speech() -> None:
    sense = run(line(silence(3.2)))
    d = sense.decision
    assert d is not None and d.answered_by == "silence" and d.at_s <= 3.05
    sense.feed(line(babble(0.8), silence(2.0)), 3.2)  # a person who waited before speaking
    d = sense.final()
    assert d.answered_by == "human" and d.evidence["revised_from"]["answered_by"] == "silence"


def test_clicks_after_a_silence_decision_do_not_reopen_it() -> None:
    sense = run(line(silence(3.2)))
    sense.feed(line(tone([1000.0], 0.04, -10.0), silence(1.0), tone([1000.0], 0.04, -10.0), silence(2.0)), 3.2)
    assert sense.final().answered_by == "silence"


def test_final_before_any_audio_is_silence_or_unknown() -> None:
    sense = LineSense("en")
    assert sense.decision is None
    assert sense.final(0.0).answered_by in ("silence", "unknown")


def test_a_gap_in_the_chunks_is_silence_on_the_call_clock() -> None:
    sense = LineSense("en")
    sense.feed(line(silence(0.4), babble(0.8), silence(0.2)), 0.0)
    sense.feed(line(silence(0.1)), 4.0)  # 2.6 s of lost packets before this chunk
    assert sense.now_s == pytest.approx(4.1, abs=0.021)
    d = sense.decision
    assert d is not None and d.answered_by == "human" and d.at_s < 3.0


def test_sit_at_16_khz() -> None:
    rate = 16000
    t = np.arange(round(0.274 * rate)) / rate
    tones = [0.25 * np.sin(2 * np.pi * f * t) for f, _ in SIT_Q35]
    x = np.concatenate([np.zeros(rate // 2), *tones, np.zeros(rate)])
    pcm = np.round(x * 32767).astype(np.int16)
    [(start, end)] = detect_sit(pcm, rate)
    assert start == pytest.approx(0.5, abs=0.05) and end == pytest.approx(1.322, abs=0.05)
    sense = LineSense("ru", rate)
    sense.feed(pcm, 0.0)
    assert sense.final().answered_by == "announcement"
