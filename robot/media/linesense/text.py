"""Text cues for who picked up, in Russian and English, tolerant of a poor recogniser.

Phrases are matched after normalising (lower case, ё as е, punctuation dropped) with a fuzzy
partial match (rapidfuzz), so a recognised "leave a massage after the tone" still counts.
"""

from __future__ import annotations

import re
from typing import Literal

from rapidfuzz import fuzz

Cue = Literal["voicemail", "ivr", "unreachable", "invalid_number"]
Meaning = Literal["unreachable", "invalid_number"]
MachineKind = Literal["voicemail", "ivr", "announcement"]

MATCH_MIN = 86.0

PHRASES: dict[Cue, tuple[str, ...]] = {
    "voicemail": (
        "leave a message",
        "leave your message",
        "leave me a message",
        "record your message",
        "after the tone",
        "after the beep",
        "voice mail",
        "voicemail",
        "voice message",
        "can't take your call",
        "cannot take your call",
        "sorry i missed you",
        "get back to you",
        "оставьте сообщение",
        "оставьте голосовое сообщение",
        "оставь сообщение",
        "оставьте ваше имя",
        "после сигнала",
        "после звукового сигнала",
        "автоответчик",
        "голосовой почты",
        "голосовое сообщение",
        "не могу ответить",
        "не могу подойти",
        "перезвоню",
        "говорите после",
    ),
    "ivr": (
        "press one",
        "press two",
        "press zero",
        "press nine",
        "press the star",
        "for sales press",
        "please press",
        "menu options",
        "extension",
        "say or enter",
        "to speak to an operator",
        "stay on the line",
        "нажмите",
        "наберите добавочный",
        "добавочный номер",
        "для связи с",
        "оставайтесь на линии",
        "дождитесь ответа оператора",
        "ваш звонок очень важен",
        "для выбора языка",
    ),
    "unreachable": (
        "switched off",
        "out of coverage",
        "out of the coverage area",
        "out of reach",
        "cannot be reached",
        "the subscriber",
        "is unavailable",
        "is not available at the moment",
        "try again later",
        "выключен",
        "вне зоны действия",
        "вне зоны",
        "недоступен",
        "не отвечает",
        "позвоните позднее",
        "попробуйте позвонить позднее",
    ),
    "invalid_number": (
        "not in service",
        "no longer in service",
        "has been disconnected",
        "does not exist",
        "cannot be completed as dialled",
        "cannot be completed as dialed",
        "check the number",
        "wrong number",
        "number you have dialled is not",
        "не существует",
        "не обслуживается",
        "неправильно набран",
        "проверьте правильность набора",
        "номер набран неверно",
    ),
}

_WORDS = re.compile(r"[^\w\s']+", re.UNICODE)


def normalise(text: str) -> str:
    text = _WORDS.sub(" ", text.lower().replace("ё", "е"))
    return " ".join(text.split())


def _has(text: str, phrase: str) -> bool:
    if phrase in text:
        return True
    if len(phrase) < 8 or len(text) < len(phrase) - 2:
        return False  # short words must match exactly: fuzzy matching them finds noise
    return fuzz.partial_ratio(phrase, text) >= MATCH_MIN


def cues(text: str) -> set[Cue]:
    """Every kind of cue the text carries."""
    norm = normalise(text)
    if not norm:
        return set()
    return {kind for kind, phrases in PHRASES.items() if any(_has(norm, p) for p in phrases)}


def announcement_meaning(text: str) -> Meaning | None:
    """What a carrier announcement means: the subscriber is unreachable (switched off, out of
    reach, unavailable) or the number is invalid (does not exist, not in service), or None."""
    found = cues(text)
    if "invalid_number" in found:
        return "invalid_number"
    if "unreachable" in found:
        return "unreachable"
    return None


def text_kind(text: str) -> MachineKind | None:
    """The machine the text points at, if any: an announcement beats IVR beats voicemail
    ("leave a message" also appears in IVR prompts; carrier texts are the most specific)."""
    found = cues(text)
    if found & {"unreachable", "invalid_number"} and "voicemail" not in found:
        return "announcement"
    if "ivr" in found:
        return "ivr"
    if "voicemail" in found:
        return "voicemail"
    if found:
        return "announcement"
    return None
