"""Intents: curated paraphrase banks per language (``scoring/intents/LANG/ID.yaml``) with hard negatives.

A bank file holds ``phrases`` (ways to say it) and ``negatives`` (near misses that must not
count). A check may name an intent (``intent: asked_source``); a check whose own phrases
express an intent (most of them contain a bank phrase) matches the whole intent too, unless
it says ``match: exact``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from ruamel.yaml import YAML

from scoring.concepts import LANGUAGES, Lexicon, lexicon
from scoring.meaning import compile_meaning, find_meaning, index_tokens
from scoring.normalize import tokenize

INTENT_DIR = Path(__file__).resolve().parent / "intents"


@dataclass(frozen=True)
class Intent:
    """One intent in one language: its id, paraphrases and hard negatives."""

    id: str
    language: str
    phrases: tuple[str, ...]
    negatives: tuple[str, ...]
    includes: tuple[str, ...] = ()
    """Narrower intents whose banks this one also matches (a deflection is also a non-answer)."""
    rules: tuple[str, ...] = ()
    """Rules of :mod:`scoring.rules` tried in order when no phrase matches (``rule:`` in the
    bank file: one name or a list)."""
    step: str | None = None
    """The scenario step whose reply the intent is about (``ask_product``): a check without its
    own ``after_step`` reads the turns after that step when the call has it, and the reply
    ends at the first turn holding a turn negative without an amount (a refusal)."""
    turn_negatives: tuple[str, ...] = ()
    """Hard negatives that block every phrase of their turn, not only the words they overlap
    ("normally we'd offer a free survey but..."); ``turn_negatives_from`` in the bank file
    adds the phrases of other intents (a refusal is not an answer)."""
    needs_name: bool = False
    """A phrase counts only next to a first name the robot did not say ("this is kate")."""
    opening_only: bool = False
    """Only the callee's answering turns count: a business word later ("full service", "доставка")
    is no answer to the phone."""
    not_opening: bool = False
    """The callee's answering turn does not count unless the call ends there: its "good evening",
    "доброго дня" greet."""


@cache
def intents(language: str) -> dict[str, Intent]:
    """The shipped intents of a language, by id."""
    found: dict[str, Intent] = {}
    sources: dict[str, tuple[str, ...]] = {}
    folder = INTENT_DIR / language
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.yaml")):
        data = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
        found[path.stem] = Intent(
            path.stem,
            language,
            tuple(str(p) for p in data.get("phrases") or ()),
            tuple(str(p) for p in data.get("negatives") or ()),
            tuple(str(i) for i in data.get("includes") or ()),
            _names(data.get("rule")),
            data.get("step"),
            tuple(str(p) for p in data.get("turn_negatives") or ()),
            bool(data.get("needs_name")),
            bool(data.get("opening_only")),
            bool(data.get("not_opening")),
        )
        sources[path.stem] = tuple(str(i) for i in data.get("turn_negatives_from") or ())
    folded: dict[str, Intent] = {}
    for key, item in found.items():  # fold the included banks in, then the banks of negatives
        extra = [p for inc in item.includes if inc in found for p in found[inc].phrases]
        folded[key] = replace(item, phrases=(*item.phrases, *extra))
    for key, item in folded.items():
        extra = [p for src in sources[key] if src in folded for p in folded[src].phrases]
        found[key] = replace(item, turn_negatives=(*item.turn_negatives, *extra))
    return found


def intent(intent_id: str, language: str | None) -> Intent | None:
    """An intent of a language (the first language that has it when unknown)."""
    for lang in _languages(language):
        item = intents(lang).get(intent_id)
        if item:
            return item
    return None


@cache
def intent_ids() -> frozenset[str]:
    """Every intent id shipped in any language."""
    return frozenset(i for lang in LANGUAGES for i in intents(lang))


def _languages(language: str | None) -> tuple[str, ...]:
    return (language,) if language in LANGUAGES else LANGUAGES


def _names(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    return (str(value),)


def bank(intent_id: str, language: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(phrases, negatives) of an intent in a language (both languages when unknown)."""
    phrases: list[str] = []
    negatives: list[str] = []
    for lang in _languages(language):
        item = intents(lang).get(intent_id)
        if item:
            phrases.extend(item.phrases)
            negatives.extend(item.negatives)
    return tuple(phrases), tuple(negatives)


def contains_any(text: str, patterns: Sequence[str], lex: Lexicon) -> bool:
    """Does the text say any of the patterns (by meaning, one extra word allowed inside)?"""
    return _contains(text, patterns, lex)


def _expresses(phrase: str, item: Intent) -> bool:
    """Does the phrase hold one of the intent's bank phrases and none of its negatives?"""
    lex = lexicon(item.language)
    return _contains(phrase, item.phrases, lex) and not _contains(phrase, item.negatives, lex, strict=True)


def _items(intent_id: str, language: str | None) -> list[Intent]:
    return [item for lang in _languages(language) if (item := intents(lang).get(intent_id)) is not None]


def _contains(text: str, patterns: Sequence[str], lex: Lexicon, strict: bool = False) -> bool:
    index = index_tokens(tokenize(text), lex)
    return any(find_meaning(compile_meaning(p, lex, strict), index, slack=1) for p in patterns)


@cache
def intent_of(phrases: tuple[str, ...], language: str | None, hint: str | None = None) -> str | None:
    """The intent most of ``phrases`` express (each holds one of its bank phrases, no negative).

    At least two phrases must agree, or a single phrase of two or more content words. ``hint``
    (the check's id) wins when it names an intent one of the phrases expresses: a check
    ``named_company`` listing "you've reached", "this is", "speaking" is about the company.
    """
    if hint is not None and any(_expresses(p, item) for item in _items(hint, language) for p in phrases):
        return hint
    best: tuple[int, Intent] | None = None
    need = max(2, (len(phrases) + 1) // 2)
    if len(phrases) == 1:  # one phrase stands for an intent only if it is a real expression
        need = 1 if len(compile_meaning(phrases[0], lexicon(language)).words) >= 2 else 2
    for lang in _languages(language):
        for item in intents(lang).values():
            count = sum(1 for p in phrases if _expresses(p, item))
            if count < need or best is None:
                best = (count, item) if count >= need else best
            elif count > best[0] or (count == best[0] and item.id in best[1].includes):
                best = (count, item)  # on a tie the narrower intent wins
    return best[1].id if best else None
