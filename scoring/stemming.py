"""Snowball stemming for Russian and English, chosen per word by its script."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import snowballstemmer

from scoring.lexicon import IRREGULAR

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_LOCAL = threading.local()


def _stemmer(language: str) -> Any:
    """This thread's stemmer: a snowball stemmer keeps the word it works on in itself, so two
    threads sharing one corrupt each other's words (a sweep worker scores four calls at once)."""
    stemmers: dict[str, Any] | None = getattr(_LOCAL, "stemmers", None)
    if stemmers is None:
        stemmers = {"ru": snowballstemmer.stemmer("russian"), "en": snowballstemmer.stemmer("english")}
        _LOCAL.stemmers = stemmers
    return stemmers[language]


def is_cyrillic(word: str) -> bool:
    """True if the word contains a Cyrillic letter."""
    return bool(_CYRILLIC.search(word))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Stem of a normalised word (irregular forms first mapped to a canonical form)."""
    word = IRREGULAR.get(word, word)
    stemmed: str = _stemmer("ru" if is_cyrillic(word) else "en").stemWord(word)  # snowballstemmer is untyped
    return stemmed


def detect_language(texts: Iterable[str]) -> str | None:
    """``ru`` if Cyrillic letters dominate, ``en`` if Latin ones do, None without letters."""
    cyr = lat = 0
    for text in texts:
        cyr += len(_CYRILLIC.findall(text))
        lat += len(_LATIN.findall(text))
    if cyr == lat == 0:
        return None
    return "ru" if cyr >= lat else "en"


def language_code(language: str | None) -> str | None:
    """``ru-RU`` / ``RU`` / ``russian`` → ``ru``; None stays None."""
    if not language:
        return None
    code = language.strip().lower()
    aliases = {"russian": "ru", "english": "en"}
    return aliases.get(code, code[:2])
