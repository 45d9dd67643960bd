"""``not_phrase``: passes if the speaker says none of the phrases."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, field_validator

from scoring.checks.base import PhraseList, as_list
from scoring.checks.text import FuzzyCheck


class NotPhraseCheck(FuzzyCheck):
    """Passes if the speaker says none of the phrases; evidence quotes the offending words."""

    kind: ClassVar[str] = "not_phrase"
    negative: ClassVar[bool] = True

    not_phrase: PhraseList = Field(description="phrases that must not be said")

    _list = field_validator("not_phrase", mode="before")(as_list)

    def listed_phrases(self) -> list[str]:
        """The check's own phrases."""
        return list(self.not_phrase)
