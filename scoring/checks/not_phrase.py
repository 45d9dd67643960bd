"""``not_phrase``: passes if the speaker says none of the phrases."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, field_validator

from robot.call.result import Turn
from scoring.checks.base import PhraseList, Verdict, as_list
from scoring.checks.text import FuzzyCheck


class NotPhraseCheck(FuzzyCheck):
    """Passes if the speaker says none of the phrases; evidence quotes the offending words."""

    kind: ClassVar[str] = "not_phrase"

    not_phrase: PhraseList = Field(description="phrases that must not be said")

    _list = field_validator("not_phrase", mode="before")(as_list)

    def judge_turns(self, turns: list[Turn], chosen: list[int]) -> Verdict:
        """Failed with the earliest offending occurrence quoted; passed if none is said."""
        hit = self.find(self.not_phrase, turns, chosen)
        return Verdict(hit is None, hit)
