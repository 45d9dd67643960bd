"""Vosk adapter with the real vosk library and the real Korean model (plumbing, not content)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from robot.errors import InputError
from robot.media.asr import SpeechEnded, SpeechStarted, UtteranceEnded, open_transcriber, select_engine
from robot.media.asr.vosk_engine import load_model
from tests.media.media_helpers import RATE, feed_chunks, say, silence, speech_bounds


@pytest.mark.calls  # loads a real recogniser model (about 12 s): the slow lane
def test_streams_8k_audio_with_words_and_monotonic_times(ko_model: Path) -> None:
    a, b = say("Hello, how can I order your product?"), say("Thank you very much, goodbye.")
    x = np.concatenate([silence(0.8), a, silence(1.5), b, silence(1.0)])
    t = open_transcriber("ko", RATE, model=str(ko_model))
    assert t.info.as_dict() == {
        "engine": "vosk",
        "model": "model",
        "language": "ko",
        "fallback": False,
        "warning": None,
    }
    feed_chunks(t, x)
    utterances = t.close()
    assert len(utterances) == 2
    offsets = [0.8, 0.8 + len(a) / RATE + 1.5]
    last = 0.0
    for u, audio, off in zip(utterances, [a, b], offsets, strict=True):
        start, end = speech_bounds(audio)
        assert abs(u.start_s - (off + start)) <= 0.3 and abs(u.end_s - (off + end)) <= 0.3
        assert u.engine == "vosk" and u.text and u.words
        assert u.text == " ".join(w.word for w in u.words)
        for w in u.words:  # stream time, not recogniser time
            assert last <= w.start_s <= w.end_s, (last, w)
            assert off - 0.35 <= w.start_s and w.end_s <= u.end_s + 0.7
            assert w.conf is not None and 0.0 <= w.conf <= 1.0
            last = w.start_s
    events = [t.events.get_nowait() for _ in range(t.events.qsize())]
    assert [e.t_s for e in events if isinstance(e, SpeechStarted)] == [u.start_s for u in utterances]
    assert [e.t_s for e in events if isinstance(e, SpeechEnded)] == [u.end_s for u in utterances]
    assert [e.utterance for e in events if isinstance(e, UtteranceEnded)] == utterances


@pytest.mark.calls  # loads a real recogniser model (about 11 s): the slow lane
def test_model_is_shared_per_process(ko_model: Path) -> None:
    assert load_model(ko_model) is load_model(Path(str(ko_model) + "/"))
    streams = [open_transcriber("ko", RATE, model=str(ko_model)) for _ in range(3)]
    for s in streams:
        feed_chunks(s, np.concatenate([silence(0.2), say("Good morning"), silence(0.8)]))
    assert all(len(s.close()) == 1 for s in streams)


def test_broken_model_directory(tmp_path: Path, ko_model: Path) -> None:
    broken = tmp_path / "vosk-model-small-ru-0.22"
    shutil.copytree(ko_model / "conf", broken / "conf")
    with pytest.raises(
        InputError, match=r"am/final\.mdl missing.*mysterycall models download vosk-model-small-ru-0.22"
    ):
        open_transcriber("ru", RATE, engine="vosk", model=str(broken))
    no_conf = tmp_path / "other"
    (no_conf / "am").mkdir(parents=True)
    (no_conf / "am" / "final.mdl").write_bytes(b"junk")
    with pytest.raises(InputError, match="conf/ missing"):
        select_engine("ru", "auto", str(no_conf))


def test_model_files_that_vosk_cannot_load(tmp_path: Path, ko_model: Path) -> None:
    fake = tmp_path / "fake-model"
    shutil.copytree(ko_model / "conf", fake / "conf")
    (fake / "am").mkdir()
    (fake / "am" / "final.mdl").write_bytes(b"not a kaldi model")
    (fake / "graph").mkdir()
    (fake / "graph" / "HCLG.fst").write_bytes(b"junk")
    with pytest.raises(InputError, match="Vosk cannot load this model"):
        open_transcriber("ru", RATE, model=str(fake))


def test_missing_model_names_the_download_command() -> None:
    with pytest.raises(InputError, match="mysterycall models download vosk-model-small-ru-0.22"):
        select_engine("ru", "vosk")
    with pytest.raises(InputError, match="mysterycall models download vosk-model-small-en-us-0.15"):
        select_engine("en", "auto", "vosk-model-small-en-us-0.15")
    with pytest.raises(InputError, match="unknown ASR engine"):
        select_engine("en", "whisper")


def test_auto_falls_back_to_pocketsphinx_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    en = select_engine("en")
    assert en.info.engine == "pocketsphinx" and en.info.fallback
    assert "no Vosk model for 'en' installed" in en.info.warning
    assert "mysterycall models download vosk-model-small-en-us-0.15" in en.info.warning
    ru = select_engine("ru")
    assert ru.info.fallback and "only has a US-English model" in ru.info.warning
    assert "Russian speech is transcribed as (wrong) English words" in ru.info.warning
    assert "ASR: no Vosk model for 'ru' installed" in caplog.text


def test_auto_prefers_an_installed_vosk_model(ko_model: Path, tmp_path: Path) -> None:
    cache = tmp_path / "vosk"
    cache.mkdir()
    (cache / "vosk-model-small-ru-0.22").symlink_to(ko_model, target_is_directory=True)
    choice = select_engine("ru", cache_dir=cache)
    assert choice.info.engine == "vosk" and choice.info.model == "vosk-model-small-ru-0.22"
    assert not choice.info.fallback and choice.model_path == cache / "vosk-model-small-ru-0.22"
    assert select_engine("ru", "pocketsphinx", cache_dir=cache).info.engine == "pocketsphinx"
