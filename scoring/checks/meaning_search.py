"""Searching turns by meaning: a check's phrases and its intent's bank, with context rules and a trace."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from robot.call.result import Turn
from scoring.checks.base import Evidence
from scoring.checks.search import segments
from scoring.concepts import WEBSITE_KEYS, Lexicon
from scoring.context import (
    denied_after,
    denied_before,
    first_answer,
    incidental,
    others_do,
    reported,
    robot_words_before,
)
from scoring.lemmas import may_be_first_name
from scoring.lexicon import DETERMINERS, FUNCTION_WORDS
from scoring.meaning import FUZZY_CUTOFF, MeaningMatch, TokenIndex, compile_meaning, find_meaning, index_tokens
from scoring.negation import is_negated, starts_imperative
from scoring.normalize import Token, fold, has_content_word, tokenize
from scoring.rules.names import plausible_name
from scoring.stemming import is_cyrillic


@dataclass
class Found:
    """What a search found: the accepted evidence (if any), its strength, and every candidate."""

    evidence: Evidence | None = None
    strength: float = 0.0
    asr_conf: float | None = None
    phrase: str | None = None
    rejected: list[str] = field(default_factory=list)
    trace: list[dict[str, Any]] = field(default_factory=list)


def _asr_conf(turns: Sequence[Turn], tokens: Sequence[Token], positions: Sequence[int]) -> float | None:
    """Mean recogniser confidence of the matched words (None when the engine gave none)."""
    values: list[float] = []
    for pos in positions:
        token = tokens[pos]
        words = turns[token.turn].words or []
        confs = [w.conf for w in words if w.conf is not None]
        if not confs:
            continue
        same = [w.conf for w in words if w.conf is not None and fold(w.word).strip(".,!?") == token.norm]
        values.append(same[0] if same else sum(confs) / len(confs))
    return sum(values) / len(values) if values else None


def _quote(tokens: Sequence[Token], match: MeaningMatch, turns: Sequence[Turn]) -> Evidence:
    parts: dict[int, list[Token]] = {}
    for token in tokens[match.first : match.last + 1]:
        parts.setdefault(token.turn, []).append(token)
    text = " ".join(turns[i].text[toks[0].start : toks[-1].end] for i, toks in parts.items())
    first, last = turns[tokens[match.first].turn], turns[tokens[match.last].turn]
    return Evidence(text=text, start_s=first.start_s, end_s=last.end_s, speaker=first.speaker)


def _describe(match: MeaningMatch, index: TokenIndex) -> list[dict[str, Any]]:
    words = []
    for hit in match.hits:
        word = match.phrase.words[hit.word]
        words.append(
            {
                "phrase_word": word.norm,
                "word": index.tokens[hit.token].norm,
                "lemma": index.lemmas[hit.token],
                "how": hit.how,
                "synonym": hit.key[1:] if hit.key.startswith("~") and hit.how == "synonym" else None,
            }
        )
    return words


def meaning_hit(
    patterns: Sequence[tuple[str, str]],
    negatives: Sequence[str],
    turns: list[Turn],
    chosen: list[int],
    lex: Lexicon,
    slack: int,
    negation: bool,
    website_rule: bool,
    trace: bool = False,
    cutoff: float = FUZZY_CUTOFF,
    turn_negatives: Sequence[str] = (),
    needs_name: bool = False,
) -> Found:
    """The earliest accepted occurrence of any pattern ``(text, source)`` in the chosen turns.

    A candidate is rejected when negated (if ``negation``), reported speech, overlapping a
    hard negative (or in the same turn as a ``turn_negatives`` one), (``website_rule``) a
    website mention after the answer, or (``needs_name``) with no first name next to it that
    the robot did not say.
    """
    said_by_robot = robot_words_before(turns)
    found = Found()
    answer = first_answer(turns, chosen, said_by_robot) if website_rule else None
    best: tuple[tuple[float, int, float], MeaningMatch, Sequence[Token], str] | None = None
    compiled_negatives = [compile_meaning(n, lex, strict=True) for n in negatives]
    compiled_turn = [compile_meaning(n, lex, strict=True) for n in turn_negatives]
    for segment in segments(chosen, turns):
        tokens: Sequence[Token] = [tok for i in segment for tok in tokenize(turns[i].text, i)]
        if not tokens:
            continue
        index = index_tokens(tokens, lex, cutoff)
        blocked = [(m.first, m.last) for n in compiled_negatives for m in find_meaning(n, index, 0)]
        blocked += [_turn_span(tokens, tokens[m.first].turn) for n in compiled_turn for m in find_meaning(n, index, 0)]
        candidates: list[tuple[MeaningMatch, str, str, str | None]] = []
        poisoned: set[int] = set()
        for text, source in patterns:
            for match in find_meaning(compile_meaning(text, lex), index, slack):
                robot_said = said_by_robot[tokens[match.first].turn]
                reason = _reject(match, tokens, blocked, negation, website_rule, answer, lex, index.lemmas, robot_said)
                if reason is None and needs_name:
                    reason = None if _name_near(tokens, match, robot_said, text) else "no name next to it"
                candidates.append((match, text, source, reason))
                if reason in ("negated", "reported speech"):
                    poisoned |= match.matched
        for match, text, source, reason in candidates:
            # an order to the listener opens its own clause: "не знаю, посмотрите на сайте" is not
            # negated by a shorter occurrence inside it ("не знаю ... на сайте")
            fresh = starts_imperative(tokens, match.first)
            if reason is None and match.matched & poisoned and not fresh:
                reason = "overlaps a negated or reported occurrence"
            if trace:
                found.trace.append(
                    {
                        "phrase": text,
                        "source": source,
                        "said": _quote(tokens, match, turns).text,
                        "words": _describe(match, index),
                        "strength": match.strength,
                        "decision": reason or "accepted",
                    }
                )
            if reason:
                found.rejected.append(reason)
                continue
            first = tokens[match.first]
            key = (turns[first.turn].start_s, first.start, -match.strength)
            if best is None or key < best[0]:
                best = (key, match, tokens, text)
    if best is not None:
        _, match, tokens, text = best
        found.evidence = _quote(tokens, match, turns)
        found.strength = match.strength
        found.asr_conf = _asr_conf(turns, tokens, sorted(match.matched))
        found.phrase = text
    return found


NAME_BEFORE = 2  # "kate here", "alex speaking"
NAME_AFTER = 4  # "this is kate", "my name is kate and i'll", "с вами говорит менеджер анна"


def _name_near(tokens: Sequence[Token], match: MeaningMatch, robot_words: set[str], phrase: str) -> bool:
    """Is there a name the robot did not say (the caller's own) next to the match, in its turn:
    a known first name within a few words, or, after a phrase with a content word ("my name
    is", "you're speaking with", "speaking"), any word that could be one right beside it?"""
    turn = tokens[match.first].turn

    def mine(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].turn == turn and tokens[k].norm not in robot_words

    window = range(match.first - NAME_BEFORE, match.last + 1 + NAME_AFTER)
    if any(mine(k) and k not in match.matched and may_be_first_name(tokens[k].norm) for k in window):
        return True
    if not has_content_word(phrase):
        return False  # "this is", "it's": only a known name makes them an introduction
    after = next(
        (k for k in range(match.last + 1, match.last + 3) if mine(k) and tokens[k].norm not in FUNCTION_WORDS), -1
    )
    # Russian names are in the dictionary (checked above); English ones often are not
    before = match.first - 1
    if before > 0 and tokens[before - 1].norm in DETERMINERS:
        before = -1  # "we're all on a rota here": a noun, not a name
    return any(mine(k) and not is_cyrillic(tokens[k].norm) and plausible_name(tokens[k].norm) for k in (before, after))


def _turn_span(tokens: Sequence[Token], turn: int) -> tuple[int, int]:
    positions = [k for k, token in enumerate(tokens) if token.turn == turn]
    return positions[0], positions[-1]


def _reject(
    match: MeaningMatch,
    tokens: Sequence[Token],
    blocked: Sequence[tuple[int, int]],
    negation: bool,
    website_rule: bool,
    answer: tuple[int, int] | None,
    lex: Lexicon,
    lemmas: Sequence[str],
    robot_said: set[str],
) -> str | None:
    if negation and (
        is_negated(tokens, match.first, match.last, match.matched)
        or denied_after(tokens, match.last)
        or denied_before(tokens, match.first)
    ):
        return "negated"
    if any(lo <= match.last and match.first <= hi for lo, hi in blocked):
        return "hard negative"
    if reported(tokens, match.first, match.last, match.matched) or others_do(tokens, match.first, match.last):
        return "reported speech"
    website = website_rule and any(lex.keys(lemmas[h.token]) & WEBSITE_KEYS for h in match.hits)
    if website and incidental(tokens, match.first, match.last, answer, robot_said):
        return "website mentioned after the answer"
    return None
