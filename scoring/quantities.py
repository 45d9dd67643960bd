"""Concrete information in a turn: amounts (prices, sizes, times) and availability, in RU and EN.

An answer to "how much is it?" or "do you have it?" holds a number (in digits or words: "eight
hundred and ninety", "две четыреста", "полторы"), a word that stands for an amount ("free",
"бесплатно", "half"), or says the thing is there ("in stock", "в наличии", "yes we have").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scoring.lemmas import is_numeral, lemma
from scoring.normalize import Token, tokenize

EN_NUMBERS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
    million billion half quarter dozen grand quid k
    """.split()  # noqa: SIM905
)
EN_AMOUNT_WORDS = frozenset("free pound dollar euro buck cent percent pence p".split())  # noqa: SIM905
RU_AMOUNT_LEMMAS = frozenset(
    """
    тысяча миллион миллиард сотня десяток полтора полторы пол половина рубль доллар евро копейка
    процент бесплатно бесплатный тыща косарь штука
    """.split()  # noqa: SIM905
)
RU_QUESTION_NUMERALS = frozenset({"сколько", "несколько"})
"""Numerals by the dictionary that name no amount ("до скольки", "несколько")."""
_ONE_WORDS = frozenset("one один одна одно".split())  # noqa: SIM905
"""Alone, "one" is rarely an amount ("the grey one", "одна минута")."""

NOT_AVAILABLE_PHRASES = (
    ("we", "don't", "sell"),
    ("we", "do", "not", "sell"),
    ("we", "don't", "stock"),
    ("we", "don't", "have"),
    ("don't", "sell"),
    ("out", "of", "stock"),
    ("sold", "out"),
    ("не", "продаем"),
    ("не", "продаём"),
    ("нет", "в", "наличии"),
    ("закончились",),
    ("не", "делаем"),
    ("не", "занимаемся"),
    ("fully", "booked"),
    ("we", "are", "full"),
    ("booked", "up"),
    ("все", "занято"),
    ("все", "забронировано"),
    ("кончилась",),
    ("кончились",),
)
"""A clear no is an answer too ("no, we don't sell portables, only split systems")."""
AVAILABLE_PHRASES = (
    ("in", "stock"),
    ("we", "have"),
    ("we've", "got"),
    ("we", "have", "got"),
    ("yes", "we", "do"),
    ("available",),
    ("в", "наличии"),
    ("да", "есть"),
    ("есть", "в"),
    ("да", "имеется"),
    ("имеется",),
)
_DIGITS = re.compile(r"\d")


def is_amount(token: Token) -> bool:
    """A number in digits or words, or a word that stands for an amount ("free", "полторы")."""
    word = token.norm
    if _DIGITS.search(word):
        return True
    if word in EN_NUMBERS or word in EN_AMOUNT_WORDS:
        return word not in _ONE_WORDS
    if word in _ONE_WORDS:
        return False
    return (is_numeral(word) and lemma(word) not in RU_QUESTION_NUMERALS) or lemma(word) in RU_AMOUNT_LEMMAS


TIME_PREPOSITIONS = frozenset("at after till until from после до к с".split())  # noqa: SIM905
"""A number after these is a time of day ("book you in at eleven", "будет после шести")..."""
MONEY_WORDS = frozenset("pound pounds dollar dollars euro euros quid bucks thousand hundred k".split())  # noqa: SIM905
"""... unless money follows ("до двух тысяч" is a price: Russian money words are lemmas below)."""


def amounts(tokens: Sequence[Token]) -> list[int]:
    """Positions of the tokens that say an amount (not a time of day)."""
    return [i for i, token in enumerate(tokens) if is_amount(token) and not _time_of_day(tokens, i)]


HOURS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve half
    один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать
    """.split()  # noqa: SIM905
)


def _time_of_day(tokens: Sequence[Token], i: int) -> bool:
    if i == 0 or tokens[i - 1].norm not in TIME_PREPOSITIONS or _DIGITS.search(tokens[i].norm):
        return False
    if tokens[i].norm not in HOURS and lemma(tokens[i].norm) not in HOURS:
        return False  # "frames start at eighty": no hour of the day
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is None or (nxt.norm not in MONEY_WORDS and lemma(nxt.norm) not in RU_AMOUNT_LEMMAS)


def says_amount(text: str, said_before: frozenset[str] | set[str] = frozenset()) -> bool:
    """Does the text name an amount (a price, a size, a duration; not a time of day), other than
    the numbers in ``said_before`` (the caller's own: "the six seater" asked about is no answer)?"""
    tokens = tokenize(text)
    return any(tokens[i].norm not in said_before for i in amounts(tokens))


def says_any(text: str, phrases: Sequence[tuple[str, ...]]) -> bool:
    """Does the text hold one of the word sequences (normalised words, in order, adjacent)?"""
    words = [t.norm for t in tokenize(text)]
    return any(tuple(words[i : i + len(p)]) == p for p in phrases for i in range(len(words) - len(p) + 1))


def says_available(text: str) -> bool:
    """Does the text say whether the thing is there ("in stock", "да есть", "we don't sell those")?"""
    return says_any(text, (*AVAILABLE_PHRASES, *NOT_AVAILABLE_PHRASES))
