"""Text cues for who picked up, in Russian and English, tolerant of a poor recogniser.

Phrases are matched after normalising (lower case, ё as е, punctuation dropped) with a fuzzy
partial match (rapidfuzz), so a recognised "leave a massage after the tone" still counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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
        "я перезвоню",
        "перезвоню вам",
        "говорите после",
        "name and number",
        "имя и номер",
        "office is closed",
        "office is now closed",
        "we are closed",
        "we're closed",
        "we are currently closed",
        "outside office hours",
        "outside business hours",
        "нерабочее время",
        "сейчас закрыт",
        "офис закрыт",
        "leave your details",
        "return your call",
        "lines are now closed",
        "lines are closed",
        "прослушаю",
        "оставьте ваши контакты",
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
        "enter your",
        "followed by the hash",
        "hash key",
        "pound key",
        "введите",
        "внутренний номер",
        "тоновом режиме",
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
        "абонент",
        "не отвечает",
        "позвоните позднее",
        "попробуйте позвонить позднее",
        "вызов не может быть выполнен",
        "связь с абонентом",
        "try your call again",
        "you are trying to reach",
        "customer you are calling",
        "cannot be completed at this time",
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
        "номер заблокирован",
        "временно заблокирован",
        "не значится",
        "не зарегистрирован",
        "not a working number",
    ),
}

MACHINE_OPENERS = (
    "you've reached",
    "you have reached",
    "thank you for calling",
    "thanks for calling",
    "вы позвонили",
    "вы дозвонились",
    "спасибо за звонок",
    "благодарим за звонок",
)
"""How recorded greetings begin (a voicemail or a menu; which one, the rest tells)."""

HUMAN_PHRASES = (
    "how can i",
    "how may i",
    "what can i do for you",
    "who's calling",
    "who is calling",
    "speaking",
    "can i help you",
    "чем могу помочь",
    "чем могу быть полезен",
    "чем могу быть полезна",
    "чем вам помочь",
    "слушаю вас",
    "кто звонит",
    "кто это",
    "говорите",
    "меня зовут",
    "администратор",
    "регистратура",
    "reception",
    "front desk",
)
"""What a person says when they take a call and hand over to the caller (machines go on)."""

_WORDS = re.compile(r"[^\w\s']+", re.UNICODE)


def normalise(text: str) -> str:
    text = _WORDS.sub(" ", text.lower().replace("ё", "е"))
    return " ".join(text.split())


def _has(text: str, phrase: str) -> bool:
    if phrase in text:
        return True
    if len(phrase) < 10 or len(text) < len(phrase) - 2:
        return False  # short words must match exactly: fuzzy matching them finds noise
    return fuzz.partial_ratio(phrase, text) >= MATCH_MIN


def _says(norm: str, phrases: Sequence[str]) -> bool:
    """Does the normalised text hold one of the phrases (see :func:`_has`)?"""
    return bool(norm) and any(_has(norm, p) for p in phrases)


def cues(text: str) -> set[Cue]:
    """Every kind of cue the text carries."""
    norm = normalise(text)
    return {kind for kind, phrases in PHRASES.items() if _says(norm, phrases)}


MENU_ITEM = re.compile(r"^(?:for|if you|to|для|если вы|если вам|чтобы)\s")
"""How the items of a spoken menu begin ("for sales, press one", "для связи с ...")."""
MENU_ITEMS_MIN = 2


def utterances_kind(texts: Sequence[str]) -> MachineKind | None:
    """The machine a call's utterances so far point at: their words together (see
    :func:`text_kind`), or a menu when at least two of them open like menu items, which
    survives a recogniser that lost every "press"."""
    kind = text_kind(" ".join(texts))
    if kind is None and sum(1 for t in texts if MENU_ITEM.match(normalise(t))) >= MENU_ITEMS_MIN:
        return "ivr"
    return kind


def sounds_recorded(text: str) -> bool:
    """The words open the way recorded greetings do ("you have reached ...")."""
    return _says(normalise(text), MACHINE_OPENERS)


def sounds_human(text: str) -> bool:
    """The words hand the call over to the caller as a person does ("how can I help?")."""
    return _says(normalise(text), HUMAN_PHRASES)


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
