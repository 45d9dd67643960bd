"""``not_regex``: passes if no regular expression matches."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, field_validator

from robot.call.result import Turn
from scoring.checks.base import PhraseList, Verdict, as_list
from scoring.checks.search import compiled_patterns, regex_hit
from scoring.checks.text import TextCheck


class NotRegexCheck(TextCheck):
    """Passes if no regex matches; evidence quotes the offending text."""

    kind: ClassVar[str] = "not_regex"

    not_regex: PhraseList = Field(description="Python regular expressions that must not match")

    _list = field_validator("not_regex", mode="before")(as_list)
    _compile = field_validator("not_regex")(compiled_patterns)

    def judge_turns(self, turns: list[Turn], chosen: list[int]) -> Verdict:
        """Failed with the first match quoted; passed if nothing matches."""
        hit = regex_hit(self.not_regex, turns, chosen)
        return Verdict(hit is None, hit)
