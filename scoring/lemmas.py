"""Dictionary lemmas: pymorphy3 for Russian, simplemma for English, loaded once, cached per word."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

import simplemma

from scoring.lexicon import IRREGULAR
from scoring.stemming import is_cyrillic

# Forms the dictionaries resolve wrongly for our purposes (pymorphy3: "нашли" -> "наслать").
_OVERRIDES: dict[str, str] = {
    "нашли": "найти",
    "нашла": "найти",
    "нашел": "найти",
    "вышли": "выйти",
    "вышел": "выйти",
    "вышла": "выйти",
    "us": "us",
    "our": "us",
    "ours": "us",
    "нас": "нас",
    "нам": "нас",
    "нами": "нас",
    "here": "hear",
    "hi": "hello",
    "hey": "hello",
    "hiya": "hello",
    "data": "data",
}


@cache
def _morph() -> Any:
    import pymorphy3  # loaded on first use (about 0.1 s)

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=65536)
def is_known_word(word: str) -> bool:
    """Is the word in the dictionary of its script's language?"""
    if is_cyrillic(word):
        return bool(_morph().word_is_known(word))
    return bool(simplemma.is_known(word, lang="en"))


@lru_cache(maxsize=65536)
def is_first_name(word: str) -> bool:
    """A Russian first name by the dictionary (its most likely parse is tagged ``Name``)."""
    return is_cyrillic(word) and "Name" in _morph().parse(word)[0].tag


@lru_cache(maxsize=131072)
def lemma(word: str) -> str:
    """The dictionary form of a normalised word (lower case, ``ё`` folded)."""
    if word in _OVERRIDES:
        return _OVERRIDES[word]
    if is_cyrillic(word):
        if word in IRREGULAR:
            return IRREGULAR[word]
        normal: str = _morph().parse(word)[0].normal_form
        return normal.replace("ё", "е")
    if word in IRREGULAR:
        return IRREGULAR[word]
    if not word.isalpha():
        return word
    result: str = simplemma.lemmatize(word, lang="en")
    return result.lower()
