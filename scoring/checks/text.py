"""What the transcript kinds share: which turns a check reads, and the fuzzy matcher's tuning."""

from __future__ import annotations

from abc import abstractmethod
from typing import Literal

from pydantic import Field

from robot.call.result import Turn
from scoring.checks.base import CONVERSATION_OUTCOMES, NO_VERDICT, CallFacts, Check, Evidence, Verdict
from scoring.checks.search import phrase_hit
from scoring.matcher import DEFAULT_SLACK, DEFAULT_THRESHOLD
from scoring.stemming import language_code

Speaker = Literal["callee", "robot", "any"]


class TextCheck(Check):
    """Filters shared by the transcript kinds (phrase, not_phrase, regex, not_regex)."""

    speaker: Speaker = Field("callee", description="whose turns are searched: callee (default), robot, any")
    within_s: float | None = Field(
        None, gt=0, description="only turns starting within this many seconds of answer count"
    )
    last_s: float | None = Field(
        None, gt=0, description="only turns starting within this many seconds of the conversation's end"
    )
    after_step: str | None = Field(
        None,
        description="only the speaker's turns after the robot turn whose step is this id, "
        "up to the next robot turn of another step",
    )
    min_words: int | None = Field(
        None,
        ge=1,
        description="the chosen turns must hold at least this many words, else the check fails "
        "(e.g. a not_phrase answer check that silence must not pass)",
    )

    def evaluate(self, facts: CallFacts) -> Verdict:
        """Null on another language, an unanswered call or no turns to read; else :meth:`judge_turns`."""
        if facts.language and self.language and language_code(self.language) != facts.language:
            return NO_VERDICT
        if facts.call.outcome is not None and facts.call.outcome not in CONVERSATION_OUTCOMES:
            return NO_VERDICT
        turns = facts.turns
        chosen = select_turns(self, turns)
        if chosen is None:
            return NO_VERDICT
        if self.min_words is not None and sum(len(turns[i].text.split()) for i in chosen) < self.min_words:
            return Verdict(False)
        return self.judge_turns(turns, chosen)

    @abstractmethod
    def judge_turns(self, turns: list[Turn], chosen: list[int]) -> Verdict:
        """The verdict on ``turns[i] for i in chosen`` (the turns the filters let through)."""


class FuzzyCheck(TextCheck):
    """Tuning of the fuzzy phrase matcher (phrase, not_phrase)."""

    threshold: float | None = Field(
        None,
        ge=50,
        le=100,
        description="fuzzy similarity (0-100) two words need to match when their stems differ "
        "(default 84); 100 means stems must be equal",
    )
    slack: int | None = Field(None, ge=0, le=10, description="extra words allowed inside a phrase match (default 3)")
    negation: bool = Field(
        True,
        description="ignore occurrences negated in the speech ('we don't ask where...'); false counts every occurrence",
    )

    def find(self, phrases: list[str], turns: list[Turn], chosen: list[int]) -> Evidence | None:
        """The earliest of ``phrases`` said in the chosen turns, with this check's tuning."""
        threshold = self.threshold if self.threshold is not None else DEFAULT_THRESHOLD
        slack = self.slack if self.slack is not None else DEFAULT_SLACK
        return phrase_hit(phrases, turns, chosen, threshold, slack, self.negation)


def select_turns(check: TextCheck, turns: list[Turn]) -> list[int] | None:
    """Indexes (into ordered turns) the check looks at; None if it cannot apply."""
    if not turns:
        return None
    chosen = [i for i, t in enumerate(turns) if check.speaker in ("any", t.speaker)]
    if check.within_s is not None:
        chosen = [i for i in chosen if turns[i].start_s <= check.within_s]
    if check.last_s is not None:
        end = max(t.end_s for t in turns)
        chosen = [i for i in chosen if turns[i].start_s >= end - check.last_s]
    if check.after_step is not None:
        window = step_window(turns, check.after_step)
        if window is None:
            return None
        chosen = [i for i in chosen if i in window]
    return chosen


def step_window(turns: list[Turn], step: str) -> set[int] | None:
    """Turns from each robot turn of ``step`` up to the next robot turn of another step,
    plus turns tagged with ``step`` themselves; None if the robot never spoke that step."""
    if not any(t.speaker == "robot" and t.step == step for t in turns):
        return None
    window: set[int] = set()
    inside = False
    for i, turn in enumerate(turns):
        if turn.speaker == "robot":
            inside = turn.step == step
        if inside or turn.step == step:
            window.add(i)
    return window
