"""Text cues for who picked up, in Russian and English, tolerant of a poor recogniser.

Phrases are matched after normalising (lower case, ё as е, punctuation dropped) with a fuzzy
partial match (rapidfuzz), so a recognised "leave a massage after the tone" still counts, and a
phrase of four or more words also counts with one word wrong or lost ("please leave uh message").
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
        "please leave",
        "leave a",
        "leave your name",
        "at the tone",
        "not available to take",
        "unable to take your call",
        "can't come to the phone",
        "away from my desk",
        "away from the phone",
        "call you back",
        "you know what to do",
        "mailbox",
        "not here right now",
        "not in right now",
        "out of the office",
        "when you have finished recording",
        "оставьте ваш",
        "оставить сообщение",
        "можете оставить",
        "мы перезвоним",
        "мы вам перезвоним",
        "свяжемся с вами",
        "нас нет дома",
        "меня нет дома",
        "не можем ответить",
        "не можем сейчас ответить",
        "не могу сейчас ответить",
        "голосовой ящик",
        "после гудка",
        "когда вернусь",
        "когда вернемся",
        "в отпуске",
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
        "press",
        "dial",
        "main menu",
        "repeat these options",
        "to repeat",
        "your call is important",
        "all our agents",
        "all of our agents",
        "our representatives",
        "next available",
        "please say",
        "in a few words",
        "you can say",
        "reason for your call",
        "calls are recorded",
        "may be recorded",
        "for quality",
        "для получения информации",
        "все операторы заняты",
        "ожидайте ответа",
        "первый освободившийся",
        "главное меню",
        "прослушать еще раз",
        "разговор записывается",
        "может быть записан",
        "в целях улучшения",
        "ваш звонок важен",
        "переключение на",
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
        "turned off",
        "coverage area",
        "not reachable",
        "unreachable",
        "the person you are calling",
        "the number you are calling",
        "the mobile you are calling",
        "the customer you",
        "please try later",
        "temporarily unavailable",
        "cannot take calls",
        "not answering",
        "временно недоступен",
        "не может принять",
        "calls to this number",
        "звонки на этот номер",
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
        "not a valid number",
        "is incomplete",
        "not recognised",
        "not recognized",
        "number has changed",
        "номер изменился",
        "номер абонента изменился",
        "набран неправильно",
        "неверно набран",
        "проверьте номер",
        "dial again",
        "number is incorrect",
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
    "you've called",
    "you have called",
    "this is a message from",
    "welcome to",
    "добро пожаловать",
    "вас приветствует",
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
    "оператор",
    "менеджер",
    "консультант",
    "диспетчер",
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
    return fuzz.partial_ratio(phrase, text) >= MATCH_MIN or _has_with_one_slip(text.split(), phrase.split())


SLIP_MIN_WORDS = 4  # a phrase this long still counts with one word wrong or lost


def _has_with_one_slip(words: list[str], phrase: list[str]) -> bool:
    """The phrase's words appear in order with one of them replaced by another word or dropped
    (a recogniser's usual slips), its first and last words intact so that it stays anchored."""
    n = len(phrase)
    if n < SLIP_MIN_WORDS:
        return False
    for i, word in enumerate(words):
        if word != phrase[0]:
            continue
        for window in (words[i : i + n], words[i : i + n - 1]):
            if len(window) < n - 1 or window[-1] != phrase[-1]:
                continue
            if len(window) == n and sum(a != b for a, b in zip(window, phrase, strict=True)) <= 1:
                return True
            if len(window) == n - 1 and any(window == phrase[:k] + phrase[k + 1 :] for k in range(1, n - 1)):
                return True
    return False


def _says(norm: str, phrases: Sequence[str]) -> bool:
    """Does the normalised text hold one of the phrases (see :func:`_has`)?"""
    return bool(norm) and any(_has(norm, p) for p in phrases)


CARRIER_WEAK = ("абонент", "the subscriber", "не отвечает", "you are trying to reach")
"""Carrier cues that menus use too (a menu's "абонент" is an extension)."""
_CARRIER_STRONG = tuple(p for p in PHRASES["unreachable"] + PHRASES["invalid_number"] if p not in CARRIER_WEAK)


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
    carrier = found & {"unreachable", "invalid_number"}
    if carrier and "ivr" in found and not _says(normalise(text), _CARRIER_STRONG):
        carrier = set()  # "если вы знаете добавочный номер абонента, наберите его" is a menu
    if carrier and "voicemail" not in found:
        return "announcement"
    if "ivr" in found:
        return "ivr"
    if "voicemail" in found:
        return "voicemail"
    if found:
        return "announcement"
    return None
