"""Text normalisation and tokenisation that keeps each token's place in the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from scoring.lexicon import COMPOUNDS, CONTRACTIONS, FUNCTION_WORDS, HOMOPHONES_AFTER, HOMOPHONES_BEFORE
from scoring.stemming import is_cyrillic, stem

_WORD = re.compile(r"[^\W_]+(?:['’`][^\W_]+)*")
_NON_WORD = re.compile(r"[^\w']+|_+")
_SENTENCE_END = re.compile(r"[.!?;…]")


@dataclass(frozen=True)
class Token:
    """One normalised word; ``start``/``end`` index the original turn text, ``turn`` the turn;
    ``sentence`` is True for the first word after sentence punctuation (. ! ? ;)."""

    norm: str
    stem: str
    start: int
    end: int
    turn: int = 0
    sentence: bool = False


def fold(text: str) -> str:
    """Lower case, ``ё`` → ``е``, typographic apostrophes → ``'``."""
    return text.lower().replace("ё", "е").replace("’", "'").replace("`", "'")


def normalize_text(text: str) -> str:
    """Fold case and ``ё``, drop punctuation, collapse spaces (what regex checks see)."""
    return " ".join(_NON_WORD.sub(" ", fold(text)).replace(" '", " ").replace("' ", " ").split())


def _expand(word: str) -> tuple[str, ...]:
    if word in CONTRACTIONS:
        return CONTRACTIONS[word]
    if word.endswith("n't") and len(word) > 3:
        return (word[:-3], "not")
    if word.endswith("'s"):
        return (word[:-2], "is")
    if "'" in word:
        return (word.split("'", 1)[0],)
    if _merged_negation(word):
        return ("не", word[2:])
    return (word,)


def _merged_negation(word: str) -> bool:
    """A Russian "не" the recogniser wrote together with its verb ("нескажу"): the whole is no
    dictionary word and the rest is one."""
    from scoring.lemmas import is_known_word

    return word.startswith("не") and len(word) > 4 and not is_known_word(word) and is_known_word(word[2:])


def split_word(first: str, second: str) -> str | None:
    """One Russian word a recogniser split in two ("сай те", "у тро"): the two parts make a
    dictionary word and one of them is none."""
    from scoring.lemmas import is_known_word

    if not (is_cyrillic(first) and is_cyrillic(second)) or len(first) + len(second) < 3:
        return None
    word = first + second
    if is_known_word(word) and not (is_known_word(first) and is_known_word(second)):
        return word
    return None


def tokenize(text: str, turn: int = 0) -> list[Token]:
    """Split ``text`` into normalised, stemmed tokens (contractions expanded, split compounds joined)."""
    tokens: list[Token] = []
    previous_end = 0
    for match in _WORD.finditer(text):
        sentence = bool(tokens) and bool(_SENTENCE_END.search(text, previous_end, match.start()))
        previous_end = match.end()
        for part in _expand(fold(match.group())):
            if part:
                tokens.append(Token(part, stem(part), match.start(), match.end(), turn, sentence))
                sentence = False
    joined: list[Token] = []
    for token in tokens:
        if joined:
            compound = COMPOUNDS.get((joined[-1].norm, token.norm)) or split_word(joined[-1].norm, token.norm)
            if compound:
                prev = joined.pop()
                token = Token(compound, stem(compound), prev.start, token.end, turn, prev.sentence)
            elif (meant := HOMOPHONES_AFTER.get((joined[-1].norm, token.norm))) is not None:
                token = Token(meant, stem(meant), token.start, token.end, turn, token.sentence)
            elif (meant := HOMOPHONES_BEFORE.get((joined[-1].norm, token.norm))) is not None:
                prev = joined.pop()
                joined.append(Token(meant, stem(meant), prev.start, prev.end, turn, prev.sentence))
        joined.append(token)
    return joined


def has_content_word(phrase: str) -> bool:
    """Does the phrase hold a word other than function words (an ``=exact`` word counts)?"""
    if any(piece.startswith(("=", "@")) for piece in phrase.split()):
        return True
    return any(t.norm not in FUNCTION_WORDS for t in tokenize(phrase))
