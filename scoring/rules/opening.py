"""``business_opening``: a business name or type in the callee's first words."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from robot.call.result import Turn
from scoring.checks.base import Evidence
from scoring.lemmas import lemma, may_be_first_name
from scoring.lexicon import FUNCTION_WORDS, QUESTION_WORDS
from scoring.normalize import tokenize
from scoring.rules.base import FILLER, OPENING_STRENGTH, OPENING_STRONGER
from scoring.rules.names import ROLES

OPENERS = frozenset(
    """
    hello hi hiya hey howdy hallo hullo allo morning afternoon evening greetings speaking алло алле ало
    слушаю слушаем слушает здравствуйте здрасте здрасьте добрый доброе приветствую привет
    """.split()  # noqa: SIM905
)
"""Words a turn answers the phone with ("oh hello sorry, jump zone", "да, квадроциклы, слушаю")."""

SECOND_TURN_WORDS = 6
QUESTION_START = QUESTION_WORDS | {"а", "and", "so", "как"}
"""Where a second answering turn's opening words end ("да слушаю вас, а откуда вы о нас узнали")."""

ROLE_WORDS = frozenset("manager receptionist reception admin administrator consultant front desk".split())  # noqa: SIM905
"""A role names the speaker, not the business ("администратор галина слушаю")."""

_NAME_AFTER = frozenset("speaking here".split())  # noqa: SIM905
# The word after these is the speaker's own name, not the company's.
_NAME_BEFORE = frozenset("is это зовут i'm am me".split())  # noqa: SIM905


def answering_turns(turns: list[Turn]) -> list[int]:
    """The callee's answering turns: the first, and the second when it goes straight on from the
    first (no robot turn between: "hey how's it going" - "riff city music lessons") or the first
    said nothing else ("алло" - "да, глина и огонь, слушаю")."""
    callee = [i for i, t in enumerate(turns) if t.speaker == "callee"][:2]
    if len(callee) < 2:
        return callee
    first, second = callee
    return callee if _straight_on(turns, first, second) or not _content(_words(turns[first].text)) else [first]


def _straight_on(turns: list[Turn], first: int, second: int) -> bool:
    return not any(t.speaker == "robot" for t in turns[first + 1 : second])


def business_opening(turns: list[Turn], chosen: Sequence[int]) -> tuple[Evidence, float] | None:
    """An answering callee turn (see :func:`answering_turns`) holding a word that is neither a
    greeting, a filler, a role nor a person's name. A second turn after the robot spoke must answer
    the phone again ("да, квадроциклы, слушаю"), and only its first words count, up to a question
    ("да слушаю вас, а откуда вы о нас узнали" names nothing)."""
    answering = answering_turns(turns)
    for n, i in enumerate(answering):
        words = _words(turns[i].text)
        if n == 1:
            if not _straight_on(turns, answering[0], i) and not OPENERS & set(words):
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


def _words(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


def _content(words: list[str]) -> list[str]:
    """The words that are neither greetings, fillers, small words, roles nor people's names."""
    names = {words[i + 1] for i, w in enumerate(words[:-1]) if w in _NAME_BEFORE}
    names |= {words[i - 1] for i, w in enumerate(words) if i > 0 and w in _NAME_AFTER}  # "brodie speaking"
    names |= {w for w in words if may_be_first_name(w)}  # "ольга слушаю": a person, not a business
    return [
        w
        for w in words
        if w not in FILLER | names | ROLE_WORDS and w not in FUNCTION_WORDS and len(w) > 2 and lemma(w) not in ROLES
    ]
