"""TTS prompts: pyttsx3 synthesis at the call rate, cache, fallback, and WAV loading."""

from __future__ import annotations

import struct
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from robot.errors import InputError
from robot.media import tts


def _wav_info(path: Path) -> tuple[int, int, int, float]:
    with wave.open(str(path)) as w:
        return w.getnchannels(), w.getsampwidth(), w.getframerate(), w.getnframes() / w.getframerate()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hello, my name is Anna. How can I order your product?"),
        ("ru", "Здравствуйте, меня зовут Анна. Как заказать ваш товар?"),
    ],
)
def test_synthesize_8k_plausible_duration_and_cache(tmp_path: Path, language: str, text: str, monkeypatch) -> None:
    path = tts.synthesize(text, language, cache_dir=tmp_path)
    channels, width, rate, duration = _wav_info(path)
    assert (channels, width, rate) == (1, 2, 8000)
    words = len(text.split())
    assert 0.6 * words * 60 / 160 < duration < 2.0 * words * 60 / 160 + 1.0, duration
    pcm = tts.load_wav_pcm(path, 8000)
    assert np.abs(pcm).max() > 3000  # real speech, not silence
    assert tts.cache_key(text, tts.VOICES[language], 160, 8000)[:32] in path.name

    # second time: a cache hit, no synthesiser is started at all
    def no_subprocess(*args, **kwargs):
        raise AssertionError("cache miss: synthesiser started again")

    monkeypatch.setattr(subprocess, "run", no_subprocess)
    mtime = path.stat().st_mtime_ns
    assert tts.synthesize(text, language, cache_dir=tmp_path) == path
    assert path.stat().st_mtime_ns == mtime


def test_cache_key_separates_rate_voice_and_clock(tmp_path: Path) -> None:
    a = tts.synthesize("Delivery", "en", cache_dir=tmp_path)
    b = tts.synthesize("Delivery", "en", rate=200, cache_dir=tmp_path)
    c = tts.synthesize("Delivery", "en", clock_rate=16000, cache_dir=tmp_path)
    d = tts.synthesize("Delivery", "en", voice="gmw/en", cache_dir=tmp_path)
    assert len({a, b, c, d}) == 4
    assert _wav_info(c)[2] == 16000
    assert _wav_info(b)[3] < _wav_info(a)[3]  # faster speech is shorter


def test_default_cache_dir_follows_xdg(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert tts.default_cache_dir() == tmp_path / "mysterycall" / "tts"
    path = tts.synthesize("Good morning", "en")
    assert path.parent == tmp_path / "mysterycall" / "tts"


def test_fallback_to_espeak_ng_when_pyttsx3_fails(tmp_path: Path, monkeypatch, caplog) -> None:
    monkeypatch.setattr(tts, "_run_pyttsx3_worker", lambda *a, **k: "pyttsx3 worker timed out")
    path = tts.synthesize("Fallback prompt", "en", cache_dir=tmp_path)
    assert _wav_info(path)[2] == 8000 and _wav_info(path)[3] > 0.3
    assert "falling back to espeak-ng" in caplog.text


def test_pyttsx3_worker_is_the_primary_path(tmp_path: Path, monkeypatch) -> None:
    calls = []
    real = tts._run_pyttsx3_worker

    def spy(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(tts, "_espeak_ng", lambda *a: pytest.fail("espeak-ng fallback used"))
    monkeypatch.setattr(tts, "_run_pyttsx3_worker", spy)
    paths = tts.synthesize_many(["First line.", "Second line.", "Third line."], "en", cache_dir=tmp_path)
    assert len(calls) == 1  # one worker for all cache misses
    durations = [_wav_info(p)[3] for p in paths]
    assert all(d > 0.4 for d in durations) and len(set(paths)) == 3


def test_concurrent_processes_share_the_cache(tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from robot.media import tts; "
        "print(tts.synthesize('Concurrent prompt', 'en', cache_dir=Path(sys.argv[1])))"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    outs = {p.communicate(timeout=60)[0].strip() for p in procs}
    assert all(p.returncode == 0 for p in procs)
    assert len(outs) == 1
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".tts-")] == [Path(outs.pop()).name]
    assert _wav_info(tmp_path / next(iter(tmp_path.glob("tts-*.wav"))))[2] == 8000


def test_bad_inputs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unsupported TTS language"):
        tts.synthesize("Hallo", "de", cache_dir=tmp_path)
    with pytest.raises(InputError, match="unknown TTS voice"):
        tts.synthesize("Hello", "en", voice="no-such-voice", cache_dir=tmp_path)
    with pytest.raises(InputError, match="empty"):
        tts.synthesize("  ", "en", cache_dir=tmp_path)


def _write_wav(path: Path, samples: np.ndarray, rate: int, fmt_tag: int = 1, bits: int = 16) -> Path:
    channels = 1 if samples.ndim == 1 else samples.shape[1]
    data = samples.tobytes()
    block = channels * bits // 8
    fmt = struct.pack("<HHIIHH", fmt_tag, channels, rate, rate * block, block, bits)
    riff = b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", len(data)) + data
    path.write_bytes(b"RIFF" + struct.pack("<I", len(riff)) + riff)
    return path


def test_load_wav_pcm_downmixes_and_resamples(tmp_path: Path) -> None:
    t = np.arange(44100) / 44100
    tone = (10000 * np.sin(2 * np.pi * 440 * t)).astype(np.int16)
    stereo = np.stack([tone, tone], axis=1)
    out = tts.load_wav_pcm(_write_wav(tmp_path / "s.wav", stereo, 44100), 8000)
    assert out.dtype == np.int16 and abs(len(out) - 8000) <= 2
    assert 9000 < np.abs(out[100:-100]).max() < 11000
    spectrum = np.abs(np.fft.rfft(out.astype(float)))
    assert abs(np.argmax(spectrum) * 8000 / len(out) - 440) < 3

    floats = _write_wav(tmp_path / "f.wav", (tone / 32768).astype("<f4"), 44100, fmt_tag=3, bits=32)
    assert abs(np.abs(tts.load_wav_pcm(floats, 16000)).max() - 10000) < 500
    u8 = _write_wav(tmp_path / "u8.wav", ((tone // 256) + 128).astype(np.uint8), 44100, bits=8)
    assert len(tts.load_wav_pcm(u8, 8000)) == len(out)


def test_load_wav_pcm_errors_name_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.wav"
    with pytest.raises(InputError, match="nope.wav: WAV file not found"):
        tts.load_wav_pcm(missing, 8000)
    text = tmp_path / "prompt.wav"
    text.write_text("not audio at all")
    with pytest.raises(InputError, match="prompt.wav: not a usable WAV file"):
        tts.load_wav_pcm(text, 8000)
    adpcm = _write_wav(tmp_path / "adpcm.wav", np.zeros(10, np.int16), 8000, fmt_tag=2, bits=4)
    with pytest.raises(InputError, match="unsupported sample format"):
        tts.load_wav_pcm(adpcm, 8000)


def test_the_worker_waits_for_a_wav_espeak_is_still_writing(tmp_path: Path) -> None:
    import threading

    done = tmp_path / "done.wav"
    with wave.open(str(done), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x01\x00" * 4000)
    out = tmp_path / "out.wav"
    out.write_bytes(done.read_bytes()[:30])  # the header's start: not a WAV yet
    writer = threading.Timer(0.3, lambda: out.write_bytes(done.read_bytes()))
    writer.start()
    assert tts._wait_written(out, timeout_s=5.0)
    assert out.read_bytes() == done.read_bytes()
    writer.join()
    (tmp_path / "junk.wav").write_bytes(b"not a wav")
    assert not tts._wait_written(tmp_path / "junk.wav", timeout_s=0.3)
