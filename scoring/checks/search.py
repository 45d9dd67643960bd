"""Pure searches of transcript turns: fuzzy phrases and regular expressions, quoted as evidence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic_core import PydanticCustomError

from robot.call.result import Turn
from scoring.checks.base import Evidence
from scoring.matcher import compile_phrase, find_phrase
from scoring.negation import is_negated
from scoring.normalize import Token, normalize_text, tokenize


def segments(indexes: list[int], turns: list[Turn]) -> list[list[int]]:
    """Runs of chosen turns adjacent in the transcript and by one speaker (ASR splits at pauses)."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and runs[-1][-1] == i - 1 and turns[i - 1].speaker == turns[i].speaker:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def quote(tokens: Sequence[Token], first: int, last: int, turns: list[Turn]) -> Evidence:
    """Evidence quoting the original text of ``tokens[first..last]`` (which may span turns)."""
    parts: list[str] = []
    by_turn: dict[int, list[Token]] = {}
    for token in tokens[first : last + 1]:
        by_turn.setdefault(token.turn, []).append(token)
    for turn_index, toks in by_turn.items():
        parts.append(turns[turn_index].text[toks[0].start : toks[-1].end])
    turn = turns[tokens[first].turn]
    end = turns[tokens[last].turn].end_s
    return Evidence(text=" ".join(parts), start_s=turn.start_s, speaker=turn.speaker, end_s=end)


def phrase_hit(
    phrases: list[str], turns: list[Turn], chosen: list[int], threshold: float, slack: int, negation: bool
) -> Evidence | None:
    """The earliest non-negated occurrence (unless ``negation`` is off) of any phrase, quoted."""
    hits: list[tuple[float, Evidence]] = []
    for segment in segments(chosen, turns):
        tokens = [tok for i in segment for tok in tokenize(turns[i].text, i)]
        for text in phrases:
            for match in find_phrase(compile_phrase(text), tokens, threshold, slack):
                if negation and is_negated(tokens, match.first, match.last, match.matched):
                    continue
                hits.append((turns[tokens[match.first].turn].start_s, quote(tokens, match.first, match.last, turns)))
                break
    return min(hits, key=lambda h: h[0])[1] if hits else None


def regex_hit(patterns: list[str], turns: list[Turn], chosen: list[int]) -> Evidence | None:
    """The first match of any pattern (case-insensitive) in a chosen turn's normalised text."""
    for i in chosen:
        text = normalize_text(turns[i].text)
        for pattern in patterns:
            found = re.search(pattern, text, re.IGNORECASE)
            if found:
                turn = turns[i]
                return Evidence(
                    text=found.group() or text, start_s=turn.start_s, speaker=turn.speaker, end_s=turn.end_s
                )
    return None


def compiled_patterns(patterns: list[str]) -> list[str]:
    """Validator: every pattern must compile (the error names the bad one)."""
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise PydanticCustomError(
                "regex",
                "bad regular expression {pattern}: {error}",
                {"pattern": repr(pattern), "error": str(exc)},
            ) from None
    return patterns
