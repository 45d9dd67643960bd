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


@cache
def _english_names() -> frozenset[str]:
    from pathlib import Path

    from ruamel.yaml import YAML

    path = Path(__file__).resolve().parent / "lexicons" / "en_names.yaml"
    return frozenset(str(n) for n in YAML(typ="safe").load(path.read_text(encoding="utf-8"))["names"])


@lru_cache(maxsize=65536)
def is_first_name(word: str) -> bool:
    """A first name: Russian by the dictionary (its most likely parse is tagged ``Name``),
    English by the shipped list of common first names (``lexicons/en_names.yaml``)."""
    if is_cyrillic(word):  # a dictionary word: the guesser calls unknown brands names ("омрон")
        return "Name" in _morph().parse(word)[0].tag and bool(_morph().word_is_known(word))
    return word in _english_names()


def _name_in(word: str, *forms: frozenset[str]) -> bool:
    """A listed English name, or a known Russian word with a parse tagged ``Name`` and every
    grammeme of one of ``forms`` (``{"sing", "nomn"}``: the nominative singular)."""
    if not is_cyrillic(word):
        return word in _english_names()
    parses = _morph().parse(word) if _morph().word_is_known(word) else []
    return any("Name" in p.tag and form in p.tag for p in parses for form in forms)


@lru_cache(maxsize=65536)
def names_someone(word: str) -> bool:
    """A Russian first name in a form one introduces oneself with ("это максим", "меня зовут
    максимом"), not in the plural ("екатерин бурге": a garbled city); English: a listed name."""
    return _name_in(word, frozenset({"sing", "nomn"}), frozenset({"sing", "ablt"}))


@lru_cache(maxsize=65536)
def may_be_first_name(word: str) -> bool:
    """Could the word be a first name: a listed English name, or any Russian parse tagged
    ``Name`` in the nominative ("роман", "вера" are nouns first; one introduces oneself in the
    nominative: "это вера", not "в инсте")."""
    return _name_in(word, frozenset({"nomn"}))


@lru_cache(maxsize=65536)
def is_numeral(word: str) -> bool:
    """A Russian number word by the dictionary ("двести", "пяти", "сорок"): its most likely
    parse is a numeral."""
    return is_cyrillic(word) and "NUMR" in _morph().parse(word)[0].tag


@lru_cache(maxsize=65536)
def is_imperative(word: str) -> bool:
    """A Russian verb that may be an imperative ("посмотрите", "зайдите"; the same form as
    the 2nd person plural, which speaks to the listener just as well)."""
    return is_cyrillic(word) and any("impr" in p.tag for p in _morph().parse(word))


@lru_cache(maxsize=65536)
def is_infinitive(word: str) -> bool:
    """A Russian verb in the infinitive ("отправить", "записать")."""
    return is_cyrillic(word) and "INFN" in _morph().parse(word)[0].tag


@lru_cache(maxsize=65536)
def is_promise(word: str) -> bool:
    """A Russian perfective verb in the future, first or third person ("оформим", "запишу",
    "приедет"): something that will be done, by the speaker or a colleague."""
    if not is_cyrillic(word):
        return False
    tag = _morph().parse(word)[0].tag
    return "VERB" in tag and "perf" in tag and "futr" in tag and ("1per" in tag or "3per" in tag)


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
