"""``business_opening``: a business name or type in the callee's first words."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from robot.call.result import Turn
from scoring.checks.base import Evidence
from scoring.lemmas import may_be_first_name
from scoring.lexicon import FUNCTION_WORDS
from scoring.normalize import tokenize
from scoring.rules.base import FILLER, OPENING_STRENGTH, OPENING_STRONGER

OPENERS = frozenset(
    """
    hello hi hiya hey howdy hallo hullo allo morning afternoon evening greetings speaking алло алле ало
    слушаю слушаем здравствуйте здрасте здрасьте добрый доброе приветствую привет
    """.split()  # noqa: SIM905
)
"""Words a turn answers the phone with ("oh hello sorry, jump zone", "да, квадроциклы, слушаю")."""

SECOND_TURN_WORDS = 6
QUESTION_START = frozenset("а and so what how where which когда как откуда где какой сколько".split())  # noqa: SIM905

# The word after these is the speaker's own name, not the company's.
_NAME_BEFORE = frozenset("is это зовут i'm am me".split())  # noqa: SIM905


def business_opening(turns: list[Turn], chosen: Sequence[int]) -> tuple[Evidence, float] | None:
    """The answering callee turn, if it holds a word that is neither a greeting nor a filler.

    The answering turn is the callee's first, or their second when the first holds nothing else
    and the second answers the phone again ("алло" - "да, глина и огонь, слушаю"): then only its
    first words count, up to a question ("да слушаю вас, а откуда вы о нас узнали" names nothing)."""
    callee = [i for i, t in enumerate(turns) if t.speaker == "callee"][:2]
    for n, i in enumerate(callee):
        words = [t.norm for t in tokenize(turns[i].text)]
        if n == 1:
            if not OPENERS & set(words):
                return None
            words = list(takewhile(lambda w: w not in QUESTION_START, words[:SECOND_TURN_WORDS]))
        rest = _content(words)
        if not rest:
            continue
        if i not in chosen:
            return None
        turn = turns[i]
        evidence = Evidence(text=turn.text, start_s=turn.start_s, end_s=turn.end_s, speaker=turn.speaker)
        return evidence, OPENING_STRENGTH if len(rest) == 1 else OPENING_STRONGER
    return None


def _content(words: list[str]) -> list[str]:
    """The words of a turn that are neither greetings, fillers, small words nor people's names."""
    names = {words[i + 1] for i, w in enumerate(words[:-1]) if w in _NAME_BEFORE}
    names |= {w for w in words if may_be_first_name(w)}  # "ольга слушаю": a person, not a business
    return [w for w in words if w not in FILLER | names and w not in FUNCTION_WORDS and len(w) > 2]
