"""Vosk in-process backend: one shared ``vosk.Model`` per model path, one recogniser per stream.

Vosk releases the GIL while decoding, so it runs on the stream's worker thread. Word
times reported by a ``KaldiRecognizer`` count all audio it was ever given (``Reset`` and
``FinalResult`` do not restart them), so the backend maps them back to stream time.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from robot.media.asr.base import Backend, Utterance, Word

_models: dict[str, Any] = {}
_models_lock = threading.Lock()


def load_model(path: Path) -> Any:
    """The process-wide ``vosk.Model`` for ``path`` (loaded on first use, ~0.5 GB for small models)."""
    import vosk

    key = str(Path(path).resolve())
    with _models_lock:
        model = _models.get(key)
        if model is None:
            vosk.SetLogLevel(-1)
            try:
                model = vosk.Model(key)
            except Exception as exc:  # vosk raises a bare Exception on a bad model
                from robot.errors import InputError

                raise InputError(f"{key}: Vosk cannot load this model ({exc})") from None
            _models[key] = model
        return model


class VoskBackend(Backend):
    name = "vosk"

    def __init__(self, sample_rate: int, emit: Callable[[Utterance], None], model_path: Path) -> None:
        super().__init__(sample_rate, emit)
        import vosk

        self._rec = vosk.KaldiRecognizer(load_model(model_path), float(sample_rate))
        self._rec.SetWords(True)
        self._fed_samples = 0  # everything ever given to the recogniser
        self._rec_offset = 0.0  # recogniser time at the segment's first sample
        self._stream_offset = 0.0  # stream time of the segment's first sample
        self._words: list[Word] = []
        self._texts: list[str] = []

    def begin(self, audio_start_s: float) -> None:
        self._rec_offset = self._fed_samples / self.sample_rate
        self._stream_offset = audio_start_s
        self._words, self._texts = [], []

    def audio(self, pcm: bytes) -> None:
        if not pcm:
            return
        self._fed_samples += len(pcm) // 2
        if self._rec.AcceptWaveform(pcm):
            self._collect(self._rec.Result())

    def end(self, start_s: float, end_s: float) -> None:
        self._collect(self._rec.FinalResult())
        self.emit(Utterance(" ".join(self._texts), start_s, end_s, tuple(self._words), self.name))

    def close(self, timeout: float) -> None:
        self._rec = None

    def _collect(self, result_json: str) -> None:
        result = json.loads(result_json)
        text = result.get("text", "").strip()
        if text:
            self._texts.append(text)
        shift = self._stream_offset - self._rec_offset
        for w in result.get("result", []):
            self._words.append(
                Word(
                    w["word"],
                    round(float(w["start"]) + shift, 3),
                    round(float(w["end"]) + shift, 3),
                    float(w["conf"]) if "conf" in w else None,
                )
            )
