"""``phrase``: passes if the speaker says any of the phrases (not negated)."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from scoring.checks.base import as_list
from scoring.checks.text import FuzzyCheck


class PhraseCheck(FuzzyCheck):
    """Passes if the speaker says any of the phrases (not negated)."""

    kind: ClassVar[str] = "phrase"

    phrase: list[Annotated[str, Field(min_length=1)]] = Field(
        default_factory=list, description="phrases; any one of them passes the check (may be left out with intent:)"
    )

    _list = field_validator("phrase", mode="before")(as_list)

    @model_validator(mode="after")
    def _something_to_find(self) -> PhraseCheck:
        if not self.phrase and self.intent is None:
            raise PydanticCustomError("phrase", "a phrase check needs phrases or an intent")
        return self

    def listed_phrases(self) -> list[str]:
        """The check's own phrases."""
        return list(self.phrase)
