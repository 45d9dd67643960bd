"""Who picked up: a streaming detector of human, IVR, voicemail, announcement, music, fax or
silence from the callee's audio (and recognised text when there is any), plus tone finders
(SIT, beeps, fax, ringback) and the early-media classifier. Pure: numpy, no I/O."""

from robot.media.linesense.detector import AnsweredBy, Decision, LineSense
from robot.media.linesense.early import EarlyKind, classify_early_media
from robot.media.linesense.text import announcement_meaning, cues, text_kind
from robot.media.linesense.tones import detect_beeps, detect_fax, detect_sit

__all__ = [
    "AnsweredBy",
    "Decision",
    "EarlyKind",
    "LineSense",
    "announcement_meaning",
    "classify_early_media",
    "cues",
    "detect_beeps",
    "detect_fax",
    "detect_sit",
    "text_kind",
]
