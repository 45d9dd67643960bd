"""Builds the labelled who-picked-up corpus (``corpus.yaml``) with espeak-ng and sox.

Clips are deterministic (seeded noise, fixed voices) and cached as WAV files under
``$XDG_CACHE_HOME/mysterycall/linesense-corpus/<hash>/`` (or a directory given by the
caller), keyed by the clip's manifest entry and the generator version: nothing large is
committed. Used by the tests in this directory and by ``bench/bench_linesense.py``.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from ruamel.yaml import YAML

RATE = 8000
GENERATOR_VERSION = 2
MANIFEST = Path(__file__).with_name("corpus.yaml")

SIT_VARIANTS: dict[str, list[tuple[float, float]]] = {
    "q35_short": [(913.8, 0.274), (1370.6, 0.274), (1776.7, 0.274)],
    "q35_long": [(985.2, 0.380), (1428.5, 0.380), (1776.7, 0.380)],
    "e180_950": [(950.0, 0.330), (1400.0, 0.330), (1800.0, 0.330)],
    "q35_mixed": [(913.8, 0.274), (1428.5, 0.380), (1776.7, 0.380)],
}


@dataclass(frozen=True)
class Clip:
    id: str
    label: str
    language: str
    heldout: bool
    pcm: np.ndarray  # int16 at RATE
    utterances: tuple[tuple[str, float, float], ...]  # spoken text with its (start_s, end_s)

    @property
    def duration_s(self) -> float:
        return len(self.pcm) / RATE


def load_manifest(path: Path = MANIFEST) -> list[dict[str, Any]]:
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    clips: list[dict[str, Any]] = data["clips"]
    return clips


def cache_root() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "mysterycall" / "linesense-corpus"


def _run(args: list[str]) -> None:
    if args[0] == "sox":  # no dither, repeatable random numbers: the same bytes on every run
        args = ["sox", "-D", "-R", *args[1:]]
    subprocess.run(args, check=True, capture_output=True)


def _read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as w:
        assert w.getsampwidth() == 2 and w.getnchannels() == 1, path
        return np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float64) / 32768.0


def _write_wav(path: Path, x: np.ndarray, rate: int = RATE) -> None:
    pcm = np.clip(np.round(x * 32768.0), -32768, 32767).astype(np.int16)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())


def _sox(x: np.ndarray, effects: list[str], tmp: Path, out_args: list[str] | None = None) -> np.ndarray:
    src, dst = tmp / "sox_in.wav", tmp / "sox_out.wav"
    _write_wav(src, x)
    _run(["sox", str(src), *(out_args or []), str(dst), *effects])
    return _read_wav(dst)


def _speech(part: dict[str, Any], tmp: Path) -> np.ndarray:
    raw, out = tmp / "espeak.wav", tmp / "espeak8k.wav"
    _run(["espeak-ng", "-v", part["voice"], "-s", str(part.get("speed", 160)), "-w", str(raw), part["say"]])
    _run(["sox", str(raw), "-r", str(RATE), "-b", "16", "-c", "1", str(out)])
    x = _read_wav(out)
    nz = np.flatnonzero(np.abs(x) > 1e-3)  # trim espeak's own leading/trailing silence
    return x[nz[0] : nz[-1] + 1] if nz.size else x


def _tone(freqs: list[float], dur: float, level_db: float, reversals: float | None = None) -> np.ndarray:
    t = np.arange(round(dur * RATE)) / RATE
    x = np.zeros_like(t)
    for f in freqs:
        phase = np.pi * (np.floor(t / reversals) % 2) if reversals else 0.0
        x += np.sin(2 * np.pi * f * t + phase)
    x *= 10 ** (level_db / 20) / len(freqs)
    ramp = min(len(x) // 2, 40)  # 5 ms ramps, no clicks
    if ramp:
        x[:ramp] *= np.linspace(0, 1, ramp)
        x[-ramp:] *= np.linspace(1, 0, ramp)
    return x


def _note(wave_kind: str, freq: float, dur: float, tmp: Path) -> np.ndarray:
    out = tmp / "note.wav"
    _run(
        ["sox", "-n", "-r", str(RATE), "-b", "16", "-c", "1", str(out), "synth", f"{dur:.3f}", wave_kind, f"{freq:.2f}"]
    )
    x = _read_wav(out)
    fade = min(len(x) // 4, 80)
    if fade:
        x[-fade:] *= np.linspace(1, 0, fade)
    return x


def _music(part: dict[str, Any], tmp: Path) -> np.ndarray:
    rng = np.random.default_rng(int(part["seed"]))
    dur, kind, wave_kind = float(part["dur"]), part["music"], part["wave"]
    scale = [0, 2, 4, 5, 7, 9, 11, 12]
    chords = [[0, 4, 7], [5, 9, 12], [7, 11, 14], [9, 12, 16], [2, 5, 9]]
    base = 220.0 * 2 ** (int(rng.integers(0, 5)) / 12)
    pieces: list[np.ndarray] = []
    total = 0.0
    while total < dur:
        if kind == "chords":
            d = float(rng.choice([0.8, 1.0, 1.2]))
            chord = chords[int(rng.integers(0, len(chords)))]
            notes = [_note(wave_kind, base * 2 ** (s / 12), d, tmp) for s in chord]
            n = min(len(v) for v in notes)
            pieces.append(sum(v[:n] for v in notes) / len(notes))
        elif kind == "melody":
            d = float(rng.choice([0.25, 0.375, 0.5]))
            pieces.append(_note(wave_kind, 2 * base * 2 ** (scale[int(rng.integers(0, 8))] / 12), d, tmp))
        else:  # arpeggio
            d = 0.15
            chord = chords[int(rng.integers(0, len(chords)))]
            for s in chord + [chord[1]]:
                pieces.append(_note(wave_kind, 2 * base * 2 ** (s / 12), d, tmp))
                total += d
            continue
        total += d
    x = np.concatenate(pieces)[: round(dur * RATE)]
    rms = float(np.sqrt(np.mean(x**2))) or 1.0
    return x * (10 ** (-18 / 20) / rms)


def _fsk(dur: float) -> np.ndarray:
    """V.21 channel 2 preamble: HDLC flags (0x7E) at 300 bit/s, 1650 Hz mark / 1850 Hz space."""
    bits = np.tile([0, 1, 1, 1, 1, 1, 1, 0], int(dur * 300 / 8) + 1)
    freq = np.repeat(np.where(bits == 1, 1650.0, 1850.0), RATE // 300 + 1)[: round(dur * RATE)]
    return 10 ** (-12 / 20) * np.sin(2 * np.pi * np.cumsum(freq) / RATE)


def _part(part: dict[str, Any], tmp: Path) -> np.ndarray:
    if "silence" in part:
        return np.zeros(round(float(part["silence"]) * RATE))
    if "say" in part:
        return _speech(part, tmp)
    if "tone" in part:
        return _tone(part["tone"], float(part["dur"]), float(part.get("level_db", -10)), part.get("reversals"))
    if "sit" in part:
        return np.concatenate([_tone([f], d, -12) for f, d in SIT_VARIANTS[part["sit"]]])
    if "music" in part:
        return _music(part, tmp)
    if "fsk" in part:
        return _fsk(float(part["fsk"]))
    if "cng" in part:
        burst = np.concatenate([_tone([1100.0], 0.5, -12), np.zeros(3 * RATE)])
        return np.tile(burst, int(part["cng"]))
    if "click" in part:
        x = np.zeros(RATE // 10)
        x[10:14] = [0.3, -0.5, 0.4, -0.2]
        return x
    raise ValueError(f"unknown part {part}")


def _seed(clip_id: str) -> int:
    return int.from_bytes(hashlib.sha256(clip_id.encode()).digest()[:4], "big")


def build(entry: dict[str, Any], tmp: Path) -> tuple[np.ndarray, list[tuple[str, float, float]]]:
    """The clip's samples (float, full scale 1.0) and its spoken parts' times."""
    chunks, utterances, t = [], [], 0.0
    for part in entry["parts"]:
        x = _part(part, tmp)
        if "say" in part:
            utterances.append((str(part["say"]), t, t + len(x) / RATE))
        chunks.append(x)
        t += len(x) / RATE
    x = np.concatenate(chunks)
    ch = entry.get("channel") or {}
    if ch.get("tempo"):
        x = _sox(x, ["tempo", "-s", str(ch["tempo"])], tmp)
        utterances = [(s, a / ch["tempo"], b / ch["tempo"]) for s, a, b in utterances]
    x = x * 10 ** (float(ch.get("gain_db", 0)) / 20)
    rng = np.random.default_rng(_seed(entry["id"]))
    if ch.get("hum_db") is not None:
        tt = np.arange(len(x)) / RATE
        x = x + 10 ** (ch["hum_db"] / 20) * (np.sin(2 * np.pi * 50 * tt) + 0.3 * np.sin(2 * np.pi * 150 * tt))
    if ch.get("noise_db") is not None:
        x = x + rng.normal(0.0, 10 ** (ch["noise_db"] / 20), len(x))
    if ch.get("bandpass"):
        x = _sox(x, ["sinc", "300-3400"], tmp)
    if ch.get("ulaw"):
        src, mid, dst = tmp / "u_in.wav", tmp / "u_mid.wav", tmp / "u_out.wav"
        _write_wav(src, x)
        _run(["sox", str(src), "-e", "u-law", "-b", "8", "-t", "wav", str(mid)])
        _run(["sox", str(mid), "-e", "signed-integer", "-b", "16", str(dst)])
        x = _read_wav(dst)
    return x, utterances


SPLIT_KEYS = ("heldout", "was_heldout")  # where a clip is used does not change its audio


def _key(entry: dict[str, Any]) -> str:
    sound = {k: v for k, v in entry.items() if k not in SPLIT_KEYS}
    blob = json.dumps({"v": GENERATOR_VERSION, "entry": sound}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def clip(entry: dict[str, Any], cache: Path | None = None) -> Clip:
    """One manifest entry as a clip, built once and then read from the cache."""
    folder = (cache or cache_root()) / _key(entry)
    wav, meta = folder / f"{entry['id']}.wav", folder / f"{entry['id']}.json"
    if not (wav.is_file() and meta.is_file()):
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            x, utterances = build(entry, Path(tmp))
            _write_wav(wav.with_suffix(".tmp"), x)
            os.replace(wav.with_suffix(".tmp"), wav)
        meta.write_text(json.dumps(utterances, ensure_ascii=False), encoding="utf-8")
    with wave.open(str(wav), "rb") as w:
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).copy()
    utt = tuple((str(s), float(a), float(b)) for s, a, b in json.loads(meta.read_text(encoding="utf-8")))
    return Clip(entry["id"], entry["label"], entry["language"], bool(entry.get("heldout")), pcm, utt)


def clips(part: str = "all", cache: Path | None = None, ids: list[str] | None = None) -> list[Clip]:
    """The corpus' clips: ``part`` is all, tuning or heldout; ``ids`` picks some."""
    entries = load_manifest()
    if ids is not None:
        entries = [e for e in entries if e["id"] in ids]
    if part == "tuning":
        entries = [e for e in entries if not e.get("heldout")]
    elif part == "heldout":
        entries = [e for e in entries if e.get("heldout")]
    return [clip(e, cache) for e in entries]
