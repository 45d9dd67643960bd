"""What the rules share: their signature, the turn quoted as evidence, the words greetings are made of."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from robot.call.result import Turn
from scoring.checks.base import Evidence

Rule = Callable[[list[Turn], Sequence[int]], tuple[Evidence, float] | None]
"""A rule reads the chosen turns and gives the evidence and its strength, or None."""

OPENING_STRENGTH = 0.65  # one unknown word, or a guessed name: right in 45 of 48 such verdicts on the tuning parts
OPENING_STRONGER = 0.7
FILLER = frozenset(
    """
    hello hi hiya hey howdy hallo hullo allo good morning afternoon evening day greetings yes yeah yep
    speaking how can may help what do want need go ahead sorry who is it's this here what's up right
    алло алле ало да слушаю слушаем говорите здравствуйте здрасте здрасьте здравствуй добрый доброе день
    утро вечер приветствую привет чем могу помочь слушает вас внимательно что хотели хотите подскажите
    говорю утречко денек але алле ало listening зовут name my аппарата аппарат hold please чё че надо
    ya going драсте драсьте hang on one sec second moment щас минутку секунду подождите speak louder
    howya добры gday времени суток доброго самый
    """.split()  # noqa: SIM905
)


def turn_evidence(turn: Turn) -> Evidence:
    return Evidence(text=turn.text, start_s=turn.start_s, end_s=turn.end_s, speaker=turn.speaker)
