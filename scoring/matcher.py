"""Fuzzy phrase matching over ASR tokens.

A phrase matches as an ordered run of its words inside a small window: each phrase word
must meet a token that is the same word, has the same stem, shares a long prefix with it,
or is fuzzily similar (rapidfuzz ratio >= threshold, for words of 5+ letters). Function
words ("the", "вы", "о"...) may be dropped (up to half of them), a phrase with 4+ content
words may miss one, and up to ``slack`` extra words may sit inside the match.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from scoring.lexicon import FUNCTION_WORDS, NEGATION_SCOPE
from scoring.normalize import Token, tokenize
from scoring.stemming import is_cyrillic

DEFAULT_THRESHOLD = 84.0
DEFAULT_SLACK = 3
FUZZY_MIN_LEN = 5
PREFIX_MIN_LEN = 4
_CONTENT, _FUNCTION = 1.0, 0.4


@dataclass(frozen=True)
class PhraseWord:
    norm: str
    stem: str
    content: bool
    exact: bool = False

    def hits(self, token: Token, threshold: float) -> bool:
        """Does this phrase word match the token (exact words: same normalised form only)?"""
        if self.exact:
            return self.norm == token.norm
        return similar(self.norm, self.stem, token.norm, token.stem, threshold)


@dataclass(frozen=True)
class Phrase:
    """A compiled phrase: its words, with content/function roles."""

    text: str
    words: tuple[PhraseWord, ...]

    @property
    def n_content(self) -> int:
        return sum(w.content for w in self.words)


@dataclass(frozen=True)
class Match:
    """Token indexes of one phrase occurrence: first and last token, and those matched."""

    first: int
    last: int
    matched: frozenset[int]


@lru_cache(maxsize=4096)
def compile_phrase(text: str) -> Phrase:
    """Tokenise a phrase and mark its content words (negation words are always content).

    A word written ``=word`` matches only that exact form (no stemming, no fuzziness).
    """
    tokens: list[Token] = []
    exact: list[bool] = []
    for piece in text.split():
        piece_tokens = tokenize(piece.lstrip("="))
        tokens.extend(piece_tokens)
        exact.extend([piece.startswith("=")] * len(piece_tokens))
    roles = [t.norm not in FUNCTION_WORDS or t.norm in NEGATION_SCOPE for t in tokens]
    if not any(roles):
        roles = [True] * len(tokens)
    return Phrase(
        text,
        tuple(PhraseWord(t.norm, t.stem, r, x) for t, r, x in zip(tokens, roles, exact, strict=True)),
    )


@lru_cache(maxsize=262144)
def similar(a_norm: str, a_stem: str, b_norm: str, b_stem: str, threshold: float) -> bool:
    """Do two words match: same form or stem, long common prefix of stems, or fuzzy ratio."""
    if a_norm == b_norm or a_stem == b_stem:
        return True
    if threshold >= 100:
        return False
    short, long_ = sorted((a_stem, b_stem), key=len)
    if len(short) >= PREFIX_MIN_LEN and long_.startswith(short) and is_cyrillic(short):
        return True
    if min(len(a_norm), len(b_norm)) < FUZZY_MIN_LEN:
        return False
    return max(ratio(a_stem, b_stem), ratio(a_norm, b_norm)) >= threshold


def _align(phrase: Phrase, window: Sequence[Token], threshold: float) -> list[tuple[int, int]]:
    """Best-weight ordered alignment (phrase word index, window index), compact to the left."""
    words = phrase.words
    n, m = len(words), len(window)
    hit = [[w.hits(t, threshold) for t in window] for w in words]  # honours =exact words
    dp = [[0.0] * (m + 1) for _ in range(n + 1)]
    for k in range(1, n + 1):
        weight = _CONTENT if words[k - 1].content else _FUNCTION
        row, prev = dp[k], dp[k - 1]
        for j in range(1, m + 1):
            best = max(prev[j], row[j - 1])
            if hit[k - 1][j - 1]:
                best = max(best, prev[j - 1] + weight)
            row[j] = best
    pairs: list[tuple[int, int]] = []
    k, j = n, m
    while k > 0 and j > 0:
        if dp[k][j] == dp[k][j - 1]:
            j -= 1
        elif dp[k][j] == dp[k - 1][j]:
            k -= 1
        else:
            pairs.append((k - 1, j - 1))
            k, j = k - 1, j - 1
    pairs.reverse()
    return pairs


def _acceptable(phrase: Phrase, pairs: list[tuple[int, int]], slack: int) -> bool:
    if not pairs:
        return False
    words = phrase.words
    got = {k for k, _ in pairs}
    n_content = phrase.n_content
    n_function = len(words) - n_content
    missed_content = sum(1 for k, w in enumerate(words) if w.content and k not in got)
    missed_function = sum(1 for k, w in enumerate(words) if not w.content and k not in got)
    if missed_content > (1 if n_content >= 4 else 0):
        return False
    if missed_function > n_function // 2:
        return False
    if any(w.norm in NEGATION_SCOPE and k not in got for k, w in enumerate(words)):
        return False
    span = pairs[-1][1] - pairs[0][1] + 1
    return span - len(pairs) <= slack


def find_phrase(
    phrase: Phrase, tokens: Sequence[Token], threshold: float = DEFAULT_THRESHOLD, slack: int = DEFAULT_SLACK
) -> list[Match]:
    """All non-overlapping occurrences of ``phrase`` in ``tokens``, left to right."""
    if not phrase.words:
        return []
    matches: list[Match] = []
    size = len(phrase.words) + slack
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not any(w.hits(token, threshold) for w in phrase.words):
            i += 1
            continue
        window = tokens[i : i + size]
        pairs = _align(phrase, window, threshold)
        if pairs and pairs[0][1] == 0 and _acceptable(phrase, pairs, slack):
            matched = frozenset(i + j for _, j in pairs)
            matches.append(Match(i, i + pairs[-1][1], matched))
            i += pairs[-1][1] + 1
        else:
            i += 1
    return matches


def said_any(phrases: Sequence[str], text: str, threshold: float = DEFAULT_THRESHOLD) -> str | None:
    """The first of ``phrases`` said (fuzzily, as an ordered run of words) in ``text``, if any.

    Used live by the scenario engine to branch on what the callee said.
    """
    tokens = tokenize(text)
    for phrase in phrases:
        if find_phrase(compile_phrase(phrase), tokens, threshold):
            return phrase
    return None
