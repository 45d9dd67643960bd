"""Types shared by the speech recognisers: words, utterances, events and the engine interface.

All times are seconds since the first sample fed to the stream (the lead feeds from the
call's answer, so they are seconds from answer).
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

EngineName = Literal["vosk", "pocketsphinx"]


@dataclass(frozen=True)
class Word:
    word: str
    start_s: float
    end_s: float
    conf: float | None = None


@dataclass(frozen=True)
class Utterance:
    """One stretch of speech between silences, as decided by the endpointer."""

    text: str
    start_s: float
    end_s: float
    words: tuple[Word, ...] = ()
    engine: str = ""

    def as_turn(self, speaker: str) -> dict[str, Any]:
        """The call result's transcript entry (``robot.call.result.Turn`` fields)."""
        return {
            "speaker": speaker,
            "start_s": round(self.start_s, 3),
            "end_s": round(self.end_s, 3),
            "text": self.text,
            "words": [
                {
                    "word": w.word,
                    "start_s": round(w.start_s, 3),
                    "end_s": round(w.end_s, 3),
                    "conf": None if w.conf is None else round(w.conf, 3),
                }
                for w in self.words
            ],
        }


@dataclass(frozen=True)
class SpeechStarted:
    """The callee started speaking at ``t_s`` (emitted ~60 ms after, once confirmed)."""

    t_s: float
    mono: float = field(default_factory=time.monotonic)  # time.monotonic() when emitted


@dataclass(frozen=True)
class SpeechEnded:
    """The endpointer decided the callee stopped speaking at ``t_s`` (after ``end_of_utterance_s``
    of silence), before the recogniser's words: the cue to answer without delay."""

    t_s: float
    mono: float = field(default_factory=time.monotonic)


@dataclass(frozen=True)
class UtteranceEnded:
    """The callee stopped speaking at ``utterance.end_s``; emitted when the silence after it
    reached ``end_of_utterance_s`` and the engine produced the final text."""

    utterance: Utterance
    mono: float = field(default_factory=time.monotonic)

    @property
    def t_s(self) -> float:
        return self.utterance.end_s


@dataclass(frozen=True)
class UtteranceDraft:
    """A first-pass text of an utterance whose final text is still being decoded
    (PocketSphinx's second pass takes a few hundred ms): enough to choose a branch in time.
    Its ``UtteranceEnded`` follows; only that one enters the transcript."""

    utterance: Utterance
    mono: float = field(default_factory=time.monotonic)


@dataclass(frozen=True)
class EngineFailed:
    """The recogniser died (e.g. its subprocess crashed): later utterances have no text."""

    t_s: float
    message: str
    mono: float = field(default_factory=time.monotonic)


Event = SpeechStarted | SpeechEnded | UtteranceDraft | UtteranceEnded | EngineFailed


@dataclass(frozen=True)
class AsrInfo:
    """What transcribes the call; stored in the call result as ``asr``."""

    engine: EngineName
    model: str
    language: str
    fallback: bool = False
    warning: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EngineChoice:
    """Result of :func:`robot.media.asr.select_engine`: the info plus where the model lives."""

    info: AsrInfo
    model_path: Path | None = None  # None = the engine's built-in model


class Backend(ABC):
    """A recogniser driven by the endpointer, one speech segment at a time.

    Calls come from the stream's worker thread in the order ``begin``, ``audio``...,
    ``end``. ``end`` must eventually call ``emit`` once with the utterance (from any thread).
    """

    name: str

    def __init__(self, sample_rate: int, emit: Callable[[Utterance], None]) -> None:
        self.sample_rate = sample_rate
        self.emit = emit
        self.emit_draft: Callable[[Utterance], None] = lambda utterance: None  # engines with a first pass

    @abstractmethod
    def begin(self, audio_start_s: float) -> None:
        """A segment starts; its first audio sample is at ``audio_start_s`` in the stream."""

    @abstractmethod
    def audio(self, pcm: bytes) -> None:
        """More 16-bit mono audio of the current segment."""

    @abstractmethod
    def end(self, start_s: float, end_s: float) -> None:
        """The segment's speech ran from ``start_s`` to ``end_s``: finish and emit it."""

    @abstractmethod
    def close(self, timeout: float) -> None:
        """Wait for pending utterances (at most ``timeout`` s) and release resources."""
