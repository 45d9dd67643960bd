"""Scoring a call against checks: per-check verdicts with evidence, and the total score."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel

from robot.call.result import Turn
from scoring.inputs import ScoringInput
from scoring.matcher import DEFAULT_SLACK, DEFAULT_THRESHOLD, compile_phrase, find_phrase
from scoring.metrics import compute_metrics, longest_silence, metric_value, ordered
from scoring.models import (
    Check,
    FuzzyCheck,
    MetricCheck,
    NotDroppedCheck,
    NotPhraseCheck,
    NotRegexCheck,
    OutcomeCheck,
    PhraseCheck,
    RegexCheck,
    TextCheck,
)
from scoring.negation import is_negated
from scoring.normalize import Token, normalize_text, tokenize
from scoring.stemming import detect_language, language_code

Number = int | float
CONVERSATION_OUTCOMES = {"answered", "dropped"}


class Evidence(BaseModel):
    """What decided a check: the quoted words, when they started, who said them."""

    text: str
    start_s: float | None = None
    speaker: Literal["robot", "callee"] | None = None


class CheckResult(BaseModel):
    id: str
    title: str
    passed: bool | None
    points: Number
    weight: Number
    evidence: Evidence | None = None


class Score(BaseModel):
    points: Number
    max_points: Number
    percent: float | None  # None when no check applied (nothing to judge)
    passed: bool


class ScoreReport(BaseModel):
    """``checks`` and ``score`` as they go into the call result (see :meth:`as_dict`)."""

    checks: list[CheckResult]
    score: Score

    def as_dict(self) -> dict[str, Any]:
        """``{"checks": [...], "score": {...}}`` as plain JSON-ready data."""
        return self.model_dump(mode="json")


def _num(value: float) -> Number:
    return int(value) if float(value).is_integer() else round(value, 3)


# ---------------------------------------------------------------- transcript selection


def _select_turns(check: TextCheck, turns: list[Turn]) -> list[int] | None:
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
        window = _step_window(turns, check.after_step)
        if window is None:
            return None
        chosen = [i for i in chosen if i in window]
    return chosen


def _step_window(turns: list[Turn], step: str) -> set[int] | None:
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


def _segments(indexes: list[int], turns: list[Turn]) -> list[list[int]]:
    """Runs of chosen turns adjacent in the transcript and by one speaker (ASR splits at pauses)."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and runs[-1][-1] == i - 1 and turns[i - 1].speaker == turns[i].speaker:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _quote(tokens: Sequence[Token], first: int, last: int, turns: list[Turn]) -> Evidence:
    parts: list[str] = []
    by_turn: dict[int, list[Token]] = {}
    for token in tokens[first : last + 1]:
        by_turn.setdefault(token.turn, []).append(token)
    for turn_index, toks in by_turn.items():
        parts.append(turns[turn_index].text[toks[0].start : toks[-1].end])
    turn = turns[tokens[first].turn]
    return Evidence(text=" ".join(parts), start_s=turn.start_s, speaker=turn.speaker)


# ---------------------------------------------------------------- kinds


def _phrase_hit(check: FuzzyCheck, phrases: list[str], turns: list[Turn], chosen: list[int]) -> Evidence | None:
    threshold = check.threshold if check.threshold is not None else DEFAULT_THRESHOLD
    slack = check.slack if check.slack is not None else DEFAULT_SLACK
    hits: list[tuple[float, Evidence]] = []
    for segment in _segments(chosen, turns):
        tokens = [tok for i in segment for tok in tokenize(turns[i].text, i)]
        for text in phrases:
            for match in find_phrase(compile_phrase(text), tokens, threshold, slack):
                if check.negation and is_negated(tokens, match.first, match.last, match.matched):
                    continue
                hits.append((turns[tokens[match.first].turn].start_s, _quote(tokens, match.first, match.last, turns)))
                break
    return min(hits, key=lambda h: h[0])[1] if hits else None


def _regex_hit(patterns: list[str], turns: list[Turn], chosen: list[int]) -> Evidence | None:
    for i in chosen:
        text = normalize_text(turns[i].text)
        for pattern in patterns:
            found = re.search(pattern, text, re.IGNORECASE)
            if found:
                return Evidence(text=found.group() or text, start_s=turns[i].start_s, speaker=turns[i].speaker)
    return None


def _text_verdict(check: TextCheck, call: ScoringInput, turns: list[Turn]) -> tuple[bool | None, Evidence | None]:
    if call.outcome is not None and call.outcome not in CONVERSATION_OUTCOMES:
        return None, None
    chosen = _select_turns(check, turns)
    if chosen is None:
        return None, None
    if check.min_words is not None and sum(len(turns[i].text.split()) for i in chosen) < check.min_words:
        return False, None
    if isinstance(check, PhraseCheck):
        hit = _phrase_hit(check, check.phrase, turns, chosen)
        return hit is not None, hit
    if isinstance(check, NotPhraseCheck):
        hit = _phrase_hit(check, check.not_phrase, turns, chosen)
        return hit is None, hit
    if isinstance(check, RegexCheck):
        hit = _regex_hit(check.regex, turns, chosen)
        return hit is not None, hit
    assert isinstance(check, NotRegexCheck)
    hit = _regex_hit(check.not_regex, turns, chosen)
    return hit is None, hit


def _metric_verdict(
    check: MetricCheck, call: ScoringInput, computed: dict[str, float | None]
) -> tuple[bool | None, Evidence | None]:
    value = metric_value(check.metric, computed, call.metrics)
    if value is None:
        return None, None
    passed = (check.max_ is None or value <= check.max_) and (check.min_ is None or value >= check.min_)
    bounds = [
        f"min {check.min_:g}" if check.min_ is not None else "",
        f"max {check.max_:g}" if check.max_ is not None else "",
    ]
    text = f"{check.metric} = {value:.3g} ({', '.join(b for b in bounds if b)})"
    start = None
    if check.metric == "longest_silence_s" and "longest_silence_s" not in call.metrics:
        found = longest_silence(call.turns, call.timings.talk_s)
        start = found[1] if found else None
    return passed, Evidence(text=text, start_s=start)


def _verdict(
    check: Check, call: ScoringInput, turns: list[Turn], computed: dict[str, float | None]
) -> tuple[bool | None, Evidence | None]:
    if isinstance(check, TextCheck):
        return _text_verdict(check, call, turns)
    if isinstance(check, MetricCheck):
        return _metric_verdict(check, call, computed)
    if call.outcome is None:
        return None, None
    evidence = Evidence(text=f"outcome = {call.outcome}")
    if isinstance(check, OutcomeCheck):
        return call.outcome in check.outcome, evidence
    assert isinstance(check, NotDroppedCheck)
    if call.outcome not in CONVERSATION_OUTCOMES:
        return None, None
    return call.outcome != "dropped", evidence


# ---------------------------------------------------------------- public API


def check_call(check: Check, call: ScoringInput, language: str | None = None) -> CheckResult:
    """Score one check (see :func:`score_call` for ``language``)."""
    return score_call([check], call, language).checks[0]


def score_call(
    checks: Sequence[Check], call: ScoringInput, language: str | None = None, pass_percent: float = 80
) -> ScoreReport:
    """Score a call: one :class:`CheckResult` per check and the total :class:`Score`.

    ``language`` None detects it from the transcript (Cyrillic → ru). Checks whose
    language differs from the call's give ``passed: null``, as do checks that cannot
    apply (transcript checks on an unanswered call, a missing metric...). Null checks
    count neither way; ``percent`` is None and ``passed`` false when no check applies.
    """
    turns = ordered(call.turns)
    lang = language_code(language) or detect_language(t.text for t in turns)
    computed = compute_metrics(turns, call.timings, call.metrics, call.events)
    results: list[CheckResult] = []
    for check in checks:
        if lang and check.language and language_code(check.language) != lang and isinstance(check, TextCheck):
            passed, evidence = None, None
        else:
            passed, evidence = _verdict(check, call, turns, computed)
        results.append(
            CheckResult(
                id=check.id,
                title=check.title,
                passed=passed,
                points=_num(check.weight if passed else 0),
                weight=_num(check.weight),
                evidence=evidence,
            )
        )
    points = sum(r.points for r in results)
    max_points = sum(r.weight for r in results if r.passed is not None)
    percent = round(100.0 * points / max_points, 1) if max_points else None
    score = Score(
        points=_num(points),
        max_points=_num(max_points),
        percent=percent,
        passed=percent is not None and percent >= pass_percent,
    )
    return ScoreReport(checks=results, score=score)
