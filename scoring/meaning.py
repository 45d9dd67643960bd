"""Matching by meaning: a phrase's content words, by lemma, synonym, word form or fuzzily,
in any order inside a window of the speaker's words.

A phrase is compiled to its content words (function words are dropped, negation cues and
``=exact`` words kept); each word carries *keys* (lemma, concept ids, snowball stem). The
tokens of a transcript segment are indexed by the same keys, plus the phrase vocabulary's
closest word for out-of-vocabulary tokens (ASR damage: rapidfuzz ratio >= 84). A match
needs every content word (a phrase with 5+ may miss one, never a negation word) within
``content words + slack + half the small words`` tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.fuzz import ratio

from scoring.concepts import Lexicon
from scoring.lemmas import is_known_word, lemma
from scoring.lexicon import FUNCTION_WORDS, NEGATION_SCOPE
from scoring.normalize import Token, tokenize
from scoring.stemming import is_cyrillic

FUZZY_CUTOFF = 84.0
FUZZY_MIN_LEN = 5
DEFAULT_SLACK = 3
MISSING_FROM = 5  # a phrase with this many content words may miss one
STEM_MIN = 4  # shorter snowball stems join unrelated words ("как" / "какой")
# Pronouns that carry the meaning of a phrase ("about us", "о нас") though listed as function words.
_KEEP = frozenset(
    """
    us our who i me my your
    нас нам наш нашей нашу наши наших кто я меня мне мой моя вас вам ваш ваше вашего вашей
    """.split()  # noqa: SIM905
)
_SOFT = frozenset({"us", "our"})  # English pronouns ASR garbles ("about as"); Russian ones carry meaning
CLAUSE_BREAKS = frozenset("but however although though а но однако зато хотя".split())  # noqa: SIM905
STRENGTH = {"same": 1.0, "synonym": 1.0, "form": 0.9, "fuzzy": 0.7}

_VOCAB: set[str] = set()
_JOINABLE: set[str] = set()  # every phrase lemma: what two ASR-split tokens may join into
JOIN_MIN_LEN = 3
_vocab_list: list[str] = []


@dataclass(frozen=True)
class MeaningWord:
    """One content word of a phrase: its written form, lemma and matching keys."""

    norm: str
    lemma: str
    keys: frozenset[str]
    negation: bool
    strict: bool = False

    @property
    def soft(self) -> bool:
        """A pronoun ASR often garbles ("us" -> "as"): a phrase of three or more words may miss it."""
        return self.norm in _SOFT and not any(k.startswith("=") for k in self.keys)


@dataclass(frozen=True)
class MeaningPhrase:
    """A phrase compiled for matching by meaning."""

    text: str
    words: tuple[MeaningWord, ...]
    length: int
    complete: bool = False
    """Every word must be said (no missing word allowed)."""
    ordered: bool = False
    """The words must come in the phrase's order (all-small-word, word-class and short English phrases)."""


@dataclass(frozen=True)
class Hit:
    """A phrase word found at a token: how (same, synonym, form, fuzzy) and through which key."""

    word: int
    token: int
    how: str
    key: str


@dataclass(frozen=True)
class MeaningMatch:
    """One occurrence: first/last token, the tokens matched, the hits and the strength (0-1)."""

    phrase: MeaningPhrase
    first: int
    last: int
    matched: frozenset[int]
    hits: tuple[Hit, ...]
    strength: float


def _word_keys(norm: str, lex: Lexicon) -> tuple[str, frozenset[str]]:
    lem = lemma(norm)
    stems = [t.stem for t in tokenize(norm) if len(t.stem) >= STEM_MIN]
    return lem, lex.keys(lem, classes=False) | {norm} | {f"^{s}" for s in stems[:1]}


@lru_cache(maxsize=16384)
def compile_meaning(text: str, lex: Lexicon, strict: bool = False) -> MeaningPhrase:
    """Compile a phrase (``=word`` matches only that exact form, ``@name`` any word of concept set ``name``).

    ``strict`` (hard negatives): every word counts, matched by its own lemma or form only.
    """
    words: list[MeaningWord] = []
    length = 0
    every: list[MeaningWord] = []
    for piece in text.split():
        if piece.startswith("@"):  # "@offer_act": any word of that concept set
            keys = frozenset(f"~{s}" for s in lex.sets if s.split(".", 1)[-1] == piece)
            length += 1
            word = MeaningWord(piece, piece, keys, False)
            every.append(word)
            words.append(word)
            continue
        exact = piece.startswith("=")
        for token in tokenize(piece.lstrip("=")):
            length += 1
            negation = token.norm in NEGATION_SCOPE
            if exact:
                word = MeaningWord(token.norm, token.norm, frozenset({f"={token.norm}"}), negation)
            else:
                lem, keys = _word_keys(token.norm, lex)
                if strict:  # hard negatives: the written form, nothing looser
                    keys = frozenset({f"={token.norm}"})
                word = MeaningWord(token.norm, lem, keys, negation, strict)
                _remember(lem)
            every.append(word)
            if strict or exact or negation or token.norm in _KEEP or token.norm not in FUNCTION_WORDS:
                words.append(word)
    if any(w.norm.startswith("@") for w in words):
        # a word class is loose: every other word must be said too, small ones in their exact form
        tight = tuple(
            w if w in words else MeaningWord(w.norm, w.lemma, frozenset({f"={w.norm}"}), w.negation) for w in every
        )
        return MeaningPhrase(text, tight, length, complete=True, ordered=True)
    if len(words) < 2 and len(every) > len(words) and not strict:
        # "вы позвонили в", "welcome to": too little meaning without the small words, all must be said
        return MeaningPhrase(text, tuple(every), length, complete=True, ordered=True)
    final = tuple(words or every)
    short_english = len(final) <= 2 and not is_cyrillic(text)
    ordered = short_english or any(w.norm.startswith("@") for w in final)
    return MeaningPhrase(text, final, length, ordered=ordered)


def _remember(word: str) -> None:
    _JOINABLE.add(word)
    if len(word) >= FUZZY_MIN_LEN and word not in _VOCAB:
        _VOCAB.add(word)
        _vocab_list.append(word)


@lru_cache(maxsize=65536)
def _closest(word: str, size: int, cutoff: float) -> str | None:
    """The phrase vocabulary's word nearest to an unknown ``word`` (``size`` keys the cache)."""
    if cutoff >= 100:
        return None
    found = process.extractOne(word, _vocab_list[:size], scorer=ratio, score_cutoff=cutoff)
    return found[0] if found else None


@lru_cache(maxsize=65536)
def _split(word: str) -> tuple[str, ...]:
    """Lemmas of the two known words an unknown ``word`` is made of, when one is a phrase word."""
    if len(word) < 5 or _known(word):
        return ()
    for k in range(2, len(word) - 1):
        a, b = word[:k], word[k:]
        if _known(a) and _known(b):
            parts = (lemma(a), lemma(b))
            if any(p in _JOINABLE and p not in FUNCTION_WORDS for p in parts):
                return parts
    return ()


@lru_cache(maxsize=65536)
def _known(word: str) -> bool:
    return is_known_word(word)


@dataclass(frozen=True)
class TokenIndex:
    """A segment's tokens indexed by key: key -> [(position, fuzzy)]."""

    tokens: Sequence[Token]
    lemmas: tuple[str, ...]
    keys: dict[str, list[tuple[int, bool]]]


def index_tokens(tokens: Sequence[Token], lex: Lexicon, cutoff: float = FUZZY_CUTOFF) -> TokenIndex:
    """Index ``tokens`` by lemma, concept, stem, exact form and (fuzzily) the nearest phrase word."""
    keys: dict[str, list[tuple[int, bool]]] = {}
    lemmas: list[str] = []
    for pos, token in enumerate(tokens):
        lem = lemma(token.norm)
        lemmas.append(lem)
        own = lex.keys(lem) | {token.norm, f"={token.norm}"}
        if len(token.stem) >= STEM_MIN:
            own |= {f"^{token.stem}"}
        for key in own:
            keys.setdefault(key, []).append((pos, False))
        if lem not in _VOCAB and len(lem) >= FUZZY_MIN_LEN and token.norm not in FUNCTION_WORDS:
            near = _closest(lem, len(_vocab_list), cutoff)
            if near is not None:
                for key in lex.keys(near) - own:
                    keys.setdefault(key, []).append((pos, True))
    for pos, token in enumerate(tokens):  # "откудавы", "hearabout": two words merged in one
        for part in _split(token.norm):
            for key in lex.keys(part):
                keys.setdefault(key, []).append((pos, True))
    for pos in range(len(tokens) - 1):  # "за пишу", "и мя": one word split in two
        a, b = tokens[pos], tokens[pos + 1]
        if a.turn != b.turn or a.norm in FUNCTION_WORDS and b.norm in FUNCTION_WORDS:
            continue
        joined = lemma(a.norm + b.norm)
        if len(joined) >= JOIN_MIN_LEN and joined in _JOINABLE and joined not in (lemmas[pos], lemmas[pos + 1]):
            for key in lex.keys(joined):
                keys.setdefault(key, []).append((pos, True))
    return TokenIndex(tokens, tuple(lemmas), keys)


def _candidates(word: MeaningWord, index: TokenIndex) -> dict[int, tuple[float, str, str]]:
    found: dict[int, tuple[float, str, str]] = {}
    for key in word.keys:
        for pos, fuzzy in index.keys.get(key, ()):
            if fuzzy and word.strict:
                continue
            if fuzzy:
                how = "fuzzy"
            elif key.startswith("~"):
                how = "same" if index.lemmas[pos] == word.lemma else "synonym"
            elif key.startswith("^"):
                how = "same" if index.lemmas[pos] == word.lemma else "form"
            else:
                how = "same"
            strength = STRENGTH[how]
            if pos not in found or found[pos][0] < strength:
                found[pos] = (strength, how, key)
    return found


def find_meaning(phrase: MeaningPhrase, index: TokenIndex, slack: int = DEFAULT_SLACK) -> list[MeaningMatch]:
    """Non-overlapping occurrences of ``phrase`` in the indexed tokens, left to right."""
    words = phrase.words
    if not words:
        return []
    cands = [_candidates(w, index) for w in words]
    loose = not (words[0].strict or phrase.complete)
    may_miss = loose and (len(words) >= MISSING_FROM or (len(words) >= 3 and any(w.soft for w in words)))
    needed = len(words) - (1 if may_miss else 0)
    if sum(1 for c in cands if c) < needed or any(w.negation and not c for w, c in zip(words, cands, strict=True)):
        return []
    if any(w.norm.startswith("@") for w in words):
        slack = min(slack, 1)  # a word class ("@site") is loose enough: keep its phrase tight
    span = len(words) + slack + (phrase.length - len(words)) // 2  # small words are often dropped
    starts = sorted({p for c in cands for p in c})
    matches: list[MeaningMatch] = []
    done = -1
    for n, start in enumerate(starts):
        if start <= done:
            continue
        match = _window(phrase, cands, index, start, span, needed)
        if match is None:
            continue
        for other in starts[n + 1 :]:  # a tighter window starting inside this one wins
            if other > match.last:
                break
            tighter = _window(phrase, cands, index, other, span, needed)
            if tighter is not None and tighter.last - tighter.first < match.last - match.first:
                match = tighter
        matches.append(match)
        done = match.last
    return matches


def _window(
    phrase: MeaningPhrase,
    cands: list[dict[int, tuple[float, str, str]]],
    index: TokenIndex,
    start: int,
    span: int,
    needed: int,
) -> MeaningMatch | None:
    words = phrase.words
    end = start + span
    for pos in range(start + 1, min(end, len(index.tokens))):
        if index.tokens[pos].sentence:  # a match stays inside one sentence (when punctuated)
            end = pos
            break
    hits = _assign(cands, start, end)
    if len(hits) < needed or start not in {h.token for h in hits}:
        return None
    got = {h.word for h in hits}
    missing = [w for i, w in enumerate(words) if i not in got]
    if missing and len(words) < MISSING_FROM and not all(w.soft for w in missing):
        return None
    if any(t.norm in CLAUSE_BREAKS for t in index.tokens[hits[0].token + 1 : hits[-1].token]):
        return None  # "the website, but I have given you the price": two clauses
    if (words[0].strict or phrase.ordered) and [h.word for h in hits] != sorted(got):
        return None  # hard negatives and all-small-word phrases keep their word order
    if any(w.negation for i, w in enumerate(words) if i not in got):
        return None
    strength = sum(cands[h.word][h.token][0] for h in hits) / len(words)
    if len(hits) < len(words):
        strength *= 0.8
    positions = [h.token for h in hits]
    return MeaningMatch(phrase, min(positions), max(positions), frozenset(positions), hits, round(strength, 3))


def _assign(cands: list[dict[int, tuple[float, str, str]]], lo: int, hi: int) -> tuple[Hit, ...]:
    """Greedy one-token-per-word assignment inside [lo, hi), rarest word first."""
    inside = [{p: v for p, v in c.items() if lo <= p < hi} for c in cands]
    used: set[int] = set()
    hits: list[Hit] = []
    for k in sorted(range(len(inside)), key=lambda i: len(inside[i])):
        options = sorted(((-v[0], p) for p, v in inside[k].items() if p not in used))
        if options:
            _, pos = options[0]
            used.add(pos)
            hits.append(Hit(k, pos, inside[k][pos][1], inside[k][pos][2]))
    return tuple(sorted(hits, key=lambda h: h.token))
