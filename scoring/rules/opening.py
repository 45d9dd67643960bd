"""``business_opening``: a business name or type in the callee's first words."""

from __future__ import annotations

from collections.abc import Sequence

from robot.call.result import Turn
from scoring.checks.base import Evidence
from scoring.lemmas import may_be_first_name
from scoring.lexicon import FUNCTION_WORDS
from scoring.normalize import tokenize
from scoring.rules.base import FILLER, OPENING_STRENGTH, OPENING_STRONGER

# The word after these is the speaker's own name, not the company's.
_NAME_BEFORE = frozenset("is это зовут i'm am me".split())  # noqa: SIM905


def business_opening(turns: list[Turn], chosen: Sequence[int]) -> tuple[Evidence, float] | None:
    """The first chosen callee turn, if it holds a word that is neither a greeting nor a filler."""
    callee = [i for i in chosen if turns[i].speaker == "callee"]
    first = next((i for i, t in enumerate(turns) if t.speaker == "callee"), None)
    if not callee or callee[0] != first:  # only the answering turn of the call
        return None
    turn = turns[callee[0]]
    words = [t.norm for t in tokenize(turn.text)]
    names = {words[i + 1] for i, w in enumerate(words[:-1]) if w in _NAME_BEFORE}
    names |= {w for w in words if may_be_first_name(w)}  # "ольга слушаю": a person, not a business
    rest = [w for w in words if w not in FILLER | names and w not in FUNCTION_WORDS and len(w) > 2]
    if not rest:
        return None
    evidence = Evidence(text=turn.text, start_s=turn.start_s, end_s=turn.end_s, speaker=turn.speaker)
    return evidence, OPENING_STRENGTH if len(rest) == 1 else OPENING_STRONGER
