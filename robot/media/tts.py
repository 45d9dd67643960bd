"""Text-to-speech prompts (pyttsx3 + espeak-ng voices), cached as WAV at the call's clock rate.

pyttsx3 is the primary synthesiser. It runs in a short-lived child process
(``python -m robot.media.tts``), for three reasons measured with pyttsx3 2.99 here:

* its espeak driver initialises libespeak-ng in asynchronous ``AUDIO_OUTPUT_RETRIEVAL``
  mode, so the first ``runAndWait()`` returns *before* the WAV is written; a second
  ``save_to_file`` then steals the first one's file name (one prompt lost, another written
  twice). The worker therefore waits for the ``finished-utterance`` notification of each
  prompt before queueing the next one;
* the espeak callback thread builds the audio with the GIL held and prints
  "Audio saved to ..." on stdout: neither belongs in the softphone's process;
* a wedged synthesis can be killed by a timeout.

No sound card is needed (``save_to_file`` never opens an audio device). When the
worker fails or times out, the prompt is synthesised by ``espeak-ng -w`` with the same
voice and rate, and a warning is logged. Prompts are resampled once with soxr and
cached under a hash of (text, voice, rate, clock rate); files appear atomically
(write to a temporary file, then ``os.replace``), so concurrent processes are safe.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import soxr

from robot.errors import InputError, Problem, os_problem

log = logging.getLogger(__name__)

VOICES: dict[str, str] = {"en": "gmw/en-us", "ru": "zle/ru"}
"""Default espeak-ng voice per scenario language."""

PYTTSX3_RATE = 22050  # what pyttsx3's espeak driver writes
_CACHE_VERSION = 1
_WORKER_TIMEOUT_S = 30.0
_WRITTEN_TIMEOUT_S = 5.0  # for espeak's thread to finish a prompt's WAV after "finished-utterance"
_WRITTEN_POLL_S = 0.05


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/mysterycall/tts`` (or ``~/.cache/mysterycall/tts``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mysterycall" / "tts"


def cache_key(text: str, voice: str, rate: int, clock_rate: int) -> str:
    """Hex digest identifying one synthesised prompt."""
    blob = json.dumps(
        {"v": _CACHE_VERSION, "text": text, "voice": voice, "rate": rate, "clock_rate": clock_rate},
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def synthesize(
    text: str,
    language: str,
    rate: int = 160,
    voice: str | None = None,
    clock_rate: int = 8000,
    cache_dir: Path | None = None,
) -> Path:
    """Return the cached 16-bit mono WAV of ``text`` at ``clock_rate``, synthesising it once."""
    return synthesize_many([text], language, rate, voice, clock_rate, cache_dir)[0]


def synthesize_many(
    texts: Sequence[str],
    language: str,
    rate: int = 160,
    voice: str | None = None,
    clock_rate: int = 8000,
    cache_dir: Path | None = None,
) -> list[Path]:
    """Like :func:`synthesize` for several prompts, with one pyttsx3 worker for all cache misses.

    Call it for every prompt of a scenario before dialling, so no ``say`` step waits
    for a synthesiser during the call.
    """
    if language not in VOICES:
        raise InputError(f"unsupported TTS language {language!r} (supported: {', '.join(VOICES)})")
    if not 60 <= rate <= 400:
        raise InputError(f"TTS rate {rate} out of range 60..400 words per minute")
    voice_id = voice or VOICES[language]
    directory = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    missing: dict[Path, str] = {}
    for text in texts:
        if not text or not text.strip():
            raise InputError("empty TTS prompt")
        path = directory / f"tts-{cache_key(text, voice_id, rate, clock_rate)[:32]}.wav"
        paths.append(path)
        if not path.exists():
            missing[path] = text
    if missing:
        _synthesize_into(missing, voice_id, rate, clock_rate, directory)
    return paths


def _synthesize_into(jobs: dict[Path, str], voice: str, rate: int, clock_rate: int, directory: Path) -> None:
    with tempfile.TemporaryDirectory(dir=directory, prefix=".tts-") as tmp:
        raw = {path: Path(tmp) / f"{i}.wav" for i, path in enumerate(jobs)}
        failed = _run_pyttsx3_worker([{"text": jobs[p], "out": str(raw[p])} for p in jobs], voice, rate, len(jobs))
        for path, text in jobs.items():
            src = raw[path]
            if failed is not None or not _valid_wav(src):
                log.warning(
                    "pyttsx3 did not synthesise %r (%s); falling back to espeak-ng -w",
                    text[:60],
                    failed or "no audio written",
                )
                _espeak_ng(text, voice, rate, src)
            pcm, src_rate = read_wav(src)
            mono = pcm.mean(axis=1) if pcm.shape[1] > 1 else pcm[:, 0]
            out = soxr.resample(mono, src_rate, clock_rate, quality="HQ") if src_rate != clock_rate else mono
            _write_atomic(path, _to_int16(out), clock_rate)


def _run_pyttsx3_worker(jobs: list[dict[str, str]], voice: str, rate: int, count: int) -> str | None:
    """Run the pyttsx3 child; return None on success, else why it failed."""
    request = json.dumps({"voice": voice, "rate": rate, "jobs": jobs}, ensure_ascii=False)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "robot.media.tts"],
            input=request.encode("utf-8"),
            capture_output=True,
            timeout=_WORKER_TIMEOUT_S + 5.0 * count,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "pyttsx3 worker timed out"
    except OSError as exc:
        return f"pyttsx3 worker could not start: {exc}"
    stderr = proc.stderr.decode("utf-8", "replace").strip()
    if proc.returncode == 2:
        raise InputError(stderr.splitlines()[-1] if stderr else f"unknown TTS voice {voice!r}")
    if proc.returncode != 0:
        return f"pyttsx3 worker exit {proc.returncode}: {stderr[-300:]}"
    return None


def _espeak_ng(text: str, voice: str, rate: int, out: Path) -> None:
    exe = shutil.which("espeak-ng") or shutil.which("espeak")
    if exe is None:
        raise RuntimeError("neither pyttsx3 nor espeak-ng could synthesise speech (espeak-ng not found)")
    proc = subprocess.run(
        [exe, "-v", voice, "-s", str(rate), "-w", str(out), "--", text],
        capture_output=True,
        timeout=60,
        check=False,
    )
    if proc.returncode != 0 or not _valid_wav(out):
        message = proc.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(f"espeak-ng failed for voice {voice!r}: {message or 'no audio written'}")


def _valid_wav(path: Path) -> bool:
    try:
        pcm, _ = read_wav(path)
    except InputError:
        return False
    return bool(pcm.shape[0] > 0)


def _to_int16(samples: np.ndarray) -> np.ndarray:
    if samples.dtype == np.int16:
        return samples
    clipped: np.ndarray = np.clip(np.rint(samples), -32768, 32767).astype(np.int16)
    return clipped


def _write_atomic(path: Path, pcm: np.ndarray, rate: int) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(wav_bytes(pcm, rate))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def wav_bytes(pcm: np.ndarray, rate: int) -> bytes:
    """A 16-bit PCM WAV file image; ``pcm`` is int16 of shape (n,) or (n, channels)."""
    pcm = np.asarray(pcm, dtype="<i2")
    channels = 1 if pcm.ndim == 1 else pcm.shape[1]
    data = pcm.tobytes()
    header = b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVE"
    fmt = struct.pack("<HHIIHH", 1, channels, rate, rate * channels * 2, channels * 2, 16)
    return header + b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", len(data)) + data


# --- reading WAV files -------------------------------------------------------------------

_PCM, _FLOAT, _EXTENSIBLE = 1, 3, 0xFFFE


def read_wav(path: str | Path) -> tuple[np.ndarray, int]:
    """Read a PCM or IEEE-float WAV: (float32 samples scaled to int16 range, shape (n, ch)), rate."""
    path = Path(path)
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        raise InputError(Problem(str(path), 0, 0, "WAV file not found")) from None
    except OSError as exc:
        raise InputError(
            Problem(str(path), 0, 0, f"cannot read WAV file: {os_problem(str(path), exc).message}")
        ) from None
    try:
        return _parse_wav(blob)
    except ValueError as exc:
        raise InputError(Problem(str(path), 0, 0, f"not a usable WAV file: {exc}")) from None


def _parse_wav(blob: bytes) -> tuple[np.ndarray, int]:
    if len(blob) < 12 or blob[:4] != b"RIFF" or blob[8:12] != b"WAVE":
        raise ValueError("no RIFF/WAVE header")
    fmt: tuple[int, int, int, int] | None = None
    pos = 12
    while pos + 8 <= len(blob):
        cid, size = blob[pos : pos + 4], struct.unpack_from("<I", blob, pos + 4)[0]
        body = blob[pos + 8 : pos + 8 + size]
        if cid == b"fmt ":
            if len(body) < 16:
                raise ValueError("short fmt chunk")
            tag, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", body)
            if tag == _EXTENSIBLE and len(body) >= 26:
                tag = struct.unpack_from("<H", body, 24)[0]
            fmt = (tag, channels, rate, bits)
        elif cid == b"data":
            if fmt is None:
                raise ValueError("data chunk before fmt chunk")
            return _decode(body, *fmt), fmt[2]
        pos += 8 + size + (size & 1)
    raise ValueError("no data chunk")


def _decode(data: bytes, tag: int, channels: int, rate: int, bits: int) -> np.ndarray:
    if channels < 1 or rate < 1:
        raise ValueError(f"bad format: {channels} channels at {rate} Hz")
    width = bits // 8
    data = data[: len(data) - len(data) % (width * channels)] if width else b""
    if tag == _PCM and bits == 8:
        x = (np.frombuffer(data, np.uint8).astype(np.float32) - 128.0) * 256.0
    elif tag == _PCM and bits == 16:
        x = np.frombuffer(data, "<i2").astype(np.float32)
    elif tag == _PCM and bits == 24:
        b = np.frombuffer(data, np.uint8).reshape(-1, 3).astype(np.int32)
        v = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        x = (np.where(v >= 1 << 23, v - (1 << 24), v) / 256.0).astype(np.float32)
    elif tag == _PCM and bits == 32:
        x = (np.frombuffer(data, "<i4") / 65536.0).astype(np.float32)
    elif tag == _FLOAT and bits in (32, 64):
        x = (np.frombuffer(data, "<f4" if bits == 32 else "<f8") * 32768.0).astype(np.float32)
    else:
        raise ValueError(f"unsupported sample format (format tag {tag}, {bits} bits)")
    return x.reshape(-1, channels)


def load_wav_pcm(path: str | Path, clock_rate: int) -> np.ndarray:
    """Samples of any PCM WAV as int16 mono at ``clock_rate`` (downmixed, resampled with soxr)."""
    pcm, rate = read_wav(path)
    mono = pcm.mean(axis=1) if pcm.shape[1] > 1 else pcm[:, 0]
    if rate != clock_rate and mono.size:
        mono = soxr.resample(mono, rate, clock_rate, quality="HQ")
    return _to_int16(mono)


# --- the pyttsx3 worker (child process) ---------------------------------------------------


def _worker_main() -> int:
    """Synthesise the jobs read as JSON from stdin with pyttsx3; exit 2 on an unknown voice."""
    import threading

    request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    sys.stdout = sys.stderr  # pyttsx3 prints "Audio saved to ..." from espeak's thread
    import pyttsx3

    engine = pyttsx3.init("espeak")
    voice = request["voice"]
    known = {v.id for v in engine.getProperty("voices")}
    if voice.lower() not in known:
        print(f"unknown TTS voice {voice!r} (see `espeak-ng --voices`)", file=sys.stderr)
        return 2
    done = threading.Event()
    engine.connect("finished-utterance", lambda **_: done.set())
    for job in request["jobs"]:
        done.clear()
        engine.setProperty("voice", voice)
        engine.setProperty("rate", int(request["rate"]))
        engine.save_to_file(job["text"], job["out"])
        engine.runAndWait()
        if not done.wait(_WORKER_TIMEOUT_S):
            print(f"timed out synthesising {job['text'][:60]!r}", file=sys.stderr)
            return 1
        _wait_written(Path(job["out"]))
    return 0


def _wait_written(path: Path, timeout_s: float = _WRITTEN_TIMEOUT_S) -> bool:
    """Wait until espeak's thread has finished the WAV: "finished-utterance" can come before the
    file is complete, and the worker's exit after the last prompt would then cut it short.
    Complete: a valid WAV whose size held still for one poll."""
    deadline = time.monotonic() + timeout_s
    size = -1
    while time.monotonic() < deadline:
        now = path.stat().st_size if path.exists() else -1
        if now == size and _valid_wav(path):
            return True
        size = now
        time.sleep(_WRITTEN_POLL_S)
    return False


if __name__ == "__main__":
    sys.exit(_worker_main())
