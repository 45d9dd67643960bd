"""Offline speech recognition for live calls and stored recordings (Vosk, PocketSphinx fallback)."""

from robot.media.asr.base import (
    AsrInfo,
    EngineChoice,
    EngineFailed,
    Event,
    SpeechEnded,
    SpeechStarted,
    Utterance,
    UtteranceDraft,
    UtteranceEnded,
    Word,
)
from robot.media.asr.engine import open_transcriber, select_engine
from robot.media.asr.stream import StreamingTranscriber, wait_for

__all__ = [
    "AsrInfo",
    "EngineChoice",
    "EngineFailed",
    "Event",
    "SpeechEnded",
    "SpeechStarted",
    "StreamingTranscriber",
    "Utterance",
    "UtteranceDraft",
    "UtteranceEnded",
    "Word",
    "open_transcriber",
    "select_engine",
    "wait_for",
]
