"""``regex``: passes if any regular expression matches a turn's normalised text."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, field_validator

from robot.call.result import Turn
from scoring.checks.base import PhraseList, Verdict, as_list
from scoring.checks.search import compiled_patterns, regex_hit
from scoring.checks.text import TextCheck


class RegexCheck(TextCheck):
    """Passes if any regex matches a turn's normalised text (lower case, ё→е, no punctuation)."""

    kind: ClassVar[str] = "regex"

    regex: PhraseList = Field(description="Python regular expressions, case-insensitive")

    _list = field_validator("regex", mode="before")(as_list)
    _compile = field_validator("regex")(compiled_patterns)

    def judge_turns(self, turns: list[Turn], chosen: list[int]) -> Verdict:
        """Passed with the first match quoted; failed if nothing matches."""
        hit = regex_hit(self.regex, turns, chosen)
        return Verdict(hit is not None, hit)
