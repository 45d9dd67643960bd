"""Concept (synonym) sets per language: shipped in ``scoring/lexicons/LANG.yaml``, extended by checks.

A word's *keys* are its lemma plus the ids of the concept sets holding that lemma; two words
match by meaning when their keys meet. Extra sets from a check's ``synonyms:`` are lemmatised
like the shipped ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from ruamel.yaml import YAML

from scoring.lemmas import lemma
from scoring.normalize import tokenize

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
LANGUAGES = ("en", "ru")
WEBSITE_KEYS = frozenset({"~en.website", "~en.online", "~ru.сайт", "~ru.интернет", "~en.@site", "~ru.@site"})
"""The concept sets that name a website, a page online or being online ("инстаграм", "каталог")."""


def phrase_lemmas(text: str) -> tuple[str, ...]:
    """Lemmas of the words of ``text`` (a one-word entry gives one lemma)."""
    return tuple(lemma(t.norm) for t in tokenize(text))


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Lemma -> concept ids; ``sets`` keeps each concept's member lemmas (for ``explain``)."""

    concepts: dict[str, frozenset[str]] = field(default_factory=dict)
    sets: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def keys(self, lemma_: str, classes: bool = True) -> frozenset[str]:
        """The lemma itself plus ``~id`` for every concept set holding it.

        Sets named ``@name`` are word classes for ``@name`` in bank phrases, not synonyms:
        ``classes=False`` (a phrase's own words) leaves them out.
        """
        found = self.concepts.get(lemma_, ())
        return frozenset({lemma_, *(f"~{c}" for c in found if classes or ".@" not in c)})

    def extended(self, extra: Sequence[Sequence[str]]) -> Lexicon:
        """A copy with more concept sets (a check's ``synonyms:``)."""
        if not extra:
            return self
        return _build({**self.sets}, [(f"user{i}", words) for i, words in enumerate(extra)])


def _build(base: dict[str, tuple[str, ...]], more: Iterable[tuple[str, Sequence[str]]]) -> Lexicon:
    sets = dict(base)
    for name, words in more:
        sets[name] = tuple(lem for w in words for lem in (phrase_lemmas(w)[-1:] or (w,)))
    concepts: dict[str, set[str]] = {}
    for name, members in sets.items():
        for member in members:
            concepts.setdefault(member, set()).add(name)
    return Lexicon({k: frozenset(v) for k, v in concepts.items()}, sets)


@cache
def lexicon(language: str | None) -> Lexicon:
    """The shipped lexicon of a language (en, ru); both merged when the language is unknown."""
    languages = [language] if language in LANGUAGES else list(LANGUAGES)
    named: list[tuple[str, Sequence[str]]] = []
    for lang in languages:
        data = YAML(typ="safe").load((LEXICON_DIR / f"{lang}.yaml").read_text(encoding="utf-8"))
        named.extend((f"{lang}.{name}", [str(w) for w in words]) for name, words in data["sets"].items())
    return _build({}, named)


def mentions_website(text: str, lex: Lexicon) -> bool:
    """Does the text name a website or being online ("на сайте", "our web page", "online")?"""
    return any(lex.keys(lemma(t.norm)) & WEBSITE_KEYS for t in tokenize(text))


@lru_cache(maxsize=64)
def extended_lexicon(language: str | None, extra: tuple[tuple[str, ...], ...]) -> Lexicon:
    """The shipped lexicon plus a check's synonym sets (cached per distinct set)."""
    return lexicon(language).extended(extra)
