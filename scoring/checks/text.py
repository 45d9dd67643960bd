"""What the transcript kinds share: which turns a check reads, and the fuzzy matcher's tuning."""

from __future__ import annotations

from abc import abstractmethod
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from robot.call.result import AnsweredBy, Turn
from scoring.checks.base import CONVERSATION_OUTCOMES, NO_VERDICT, CallFacts, Check, Verdict
from scoring.checks.meaning_search import Found, meaning_hit
from scoring.checks.search import phrase_hit
from scoring.lexicon import QUESTION_WORDS
from scoring.matcher import DEFAULT_SLACK, DEFAULT_THRESHOLD
from scoring.normalize import has_content_word, tokenize
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
    applies_to: list[AnsweredBy] | None = Field(
        None,
        min_length=1,
        description="also score calls answered by these machines (e.g. [voicemail]); by default what "
        "was said is only judged on calls that reached a person",
    )

    def evaluate(self, facts: CallFacts) -> Verdict:
        """Null on another language, an unanswered call, a call no person answered (unless
        ``applies_to`` names its machine) or no turns to read; else :meth:`judge_turns`."""
        if facts.language and self.language and language_code(self.language) != facts.language:
            return NO_VERDICT
        if facts.call.outcome is not None and facts.call.outcome not in CONVERSATION_OUTCOMES:
            return NO_VERDICT
        if not facts.call.person_reached and facts.call.answered_by not in (self.applies_to or ()):
            return NO_VERDICT
        turns = facts.turns
        chosen = select_turns(self, turns)
        if chosen is None:
            return NO_VERDICT
        if self.min_words is not None and sum(len(turns[i].text.split()) for i in chosen) < self.min_words:
            return Verdict(False)
        return self.judge(facts, turns, chosen)

    def judge(self, facts: CallFacts, turns: list[Turn], chosen: list[int]) -> Verdict:
        """The verdict on the chosen turns, knowing the call (default: :meth:`judge_turns`)."""
        return self.judge_turns(turns, chosen)

    @abstractmethod
    def judge_turns(self, turns: list[Turn], chosen: list[int]) -> Verdict:
        """The verdict on ``turns[i] for i in chosen`` (the turns the filters let through)."""


MatchMode = Literal["meaning", "exact"]
MATCH_MODES: tuple[str, ...] = ("meaning", "exact")
NOT_FOUND_CONFIDENCE = 0.9
REJECTED_CONFIDENCE = 0.75


def _match_mode(value: Any) -> Any:
    if value not in MATCH_MODES:
        raise PydanticCustomError(
            "match_mode",
            "unknown match '{value}'; use one of {modes}",
            {"value": value, "modes": ", ".join(MATCH_MODES)},
        )
    return value


def _known_intent(value: Any) -> Any:
    from scoring.intents import intent_ids

    if value is not None and value not in intent_ids():
        raise PydanticCustomError(
            "intent",
            "unknown intent '{value}'; known: {known}",
            {"value": value, "known": ", ".join(sorted(intent_ids()))},
        )
    return value


def _synonym_set(value: Any) -> Any:
    if isinstance(value, list) and not [w for w in value if isinstance(w, str) and w.strip()]:
        raise PydanticCustomError("synonyms", "empty synonym set")
    return value


SynonymSet = Annotated[list[str], BeforeValidator(_synonym_set)]


class FuzzyCheck(TextCheck):
    """Tuning of the phrase matcher (phrase, not_phrase): by meaning (default) or exact."""

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
    match: Annotated[MatchMode, BeforeValidator(_match_mode)] = Field(
        "meaning",
        description="meaning (default): lemmas, synonyms, any word order, and the whole intent the phrases "
        "express; exact: the listed words in order (fuzzy, stemmed)",
    )
    intent: Annotated[str | None, BeforeValidator(_known_intent)] = Field(
        None,
        description="a shipped intent whose paraphrase bank the check also matches (asked_source, greeted...)",
    )
    synonyms: list[SynonymSet] = Field(
        default_factory=list,
        description="extra synonym sets, each a list of words that match each other (match: meaning)",
    )
    review_below: float | None = Field(
        None, ge=0, le=1, description="flag the call for review when this check's confidence is below (default 0.6)"
    )

    negative: ClassVar[bool] = False
    """True for kinds that pass when nothing is found (not_phrase)."""

    def listed_phrases(self) -> list[str]:
        """The check's own phrases."""
        return []

    def used_intent(self, language: str | None) -> str | None:
        """The intent the check matches: the named one, else the one its phrases express."""
        if self.intent is not None:
            return self.intent
        phrases = self.listed_phrases()
        if self.match == "exact" or not phrases:
            return None
        from scoring.intents import intent_of

        return intent_of(tuple(phrases), language_code(self.language) or language, self.id)

    def judge(self, facts: CallFacts, turns: list[Turn], chosen: list[int]) -> Verdict:
        """:meth:`judge_turns` in the call's language (which picks the intent banks)."""
        return self._verdict(turns, chosen, facts.language)

    def judge_turns(self, turns: list[Turn], chosen: list[int]) -> Verdict:
        """Passed/failed with the earliest occurrence quoted, its confidence and intent."""
        return self._verdict(turns, chosen, None)

    def _verdict(self, turns: list[Turn], chosen: list[int], language: str | None) -> Verdict:
        found, intent = self.search(turns, chosen, language)
        hit = found.evidence is not None
        passed = (not hit) if self.negative else hit
        confidence = confidence_of(found)
        if not hit and intent is not None:
            confidence = min(confidence, doubted(turns, chosen, language_code(self.language) or language, intent))
        return Verdict(passed, found.evidence, confidence, intent)

    def search(
        self, turns: list[Turn], chosen: list[int], language: str | None, trace: bool = False
    ) -> tuple[Found, str | None]:
        """Search the chosen turns: exact phrases, or phrases plus the intent's bank by meaning."""
        slack = self.slack if self.slack is not None else DEFAULT_SLACK
        phrases = self.listed_phrases()
        if self.match == "exact":
            threshold = self.threshold if self.threshold is not None else DEFAULT_THRESHOLD
            evidence = phrase_hit(phrases, turns, chosen, threshold, slack, self.negation)
            return Found(evidence=evidence, strength=1.0 if evidence else 0.0), None
        from scoring.concepts import extended_lexicon
        from scoring.intents import bank
        from scoring.intents import intent as intent_named

        lang = language_code(self.language) or language
        intent = self.used_intent(lang)
        about = intent_named(intent, lang) if intent is not None else None
        if about is not None and about.step:  # a reply to the step's question, up to a refusal
            from scoring.rules import reply_before_refusal

            window = step_window(turns, about.step) if self.after_step is None else None
            chosen = [i for i in chosen if i in window] if window is not None else chosen
            chosen = reply_before_refusal(turns, chosen, about.turn_negatives)
        if about is not None and about.not_opening:
            chosen = without_opening(turns, chosen)
        if about is not None and about.opening_only:
            chosen = opening_turns(turns, chosen)
        patterns = [(p, "phrase") for p in phrases]
        negatives: tuple[str, ...] = ()
        if intent is not None:
            # "это", "this is": only small words; under an intent their meaning is the intent's
            # (its bank and rule: "это Артур"), alone they would match any "это"
            patterns = [(p, source) for p, source in patterns if has_content_word(p)]
            bank_phrases, negatives = bank(intent, lang)
            patterns += [(p, f"intent:{intent}") for p in bank_phrases]
        lex = extended_lexicon(lang, tuple(tuple(words) for words in self.synonyms))
        website_rule = self.negative or intent in WEBSITE_INTENTS
        cutoff = self.threshold if self.threshold is not None else DEFAULT_THRESHOLD
        turn_negatives = about.turn_negatives if about is not None else ()
        needs_name = about is not None and about.needs_name
        found = meaning_hit(
            patterns, negatives, turns, chosen, lex, slack, self.negation, website_rule, trace, cutoff, turn_negatives,
            needs_name,
        )  # fmt: skip
        if found.evidence is None and about is not None:
            from scoring.intents import contains_any
            from scoring.rules import RULES

            # an offer described and withdrawn ("обычно мы записываем, но ...") is no rule's evidence
            # either; a reply's refusals (``step``) were cut off above and may hold the answer too
            rule_turns = chosen if about.step else [
                i for i in chosen if not contains_any(turns[i].text, about.turn_negatives, lex)
            ]  # fmt: skip
            for rule in about.rules:
                hit = RULES[rule](turns, rule_turns)
                if hit is None:
                    continue
                found.evidence, found.strength, found.phrase = hit[0], hit[1], f"rule:{rule}"
                if trace:
                    found.trace.append({"phrase": f"rule:{rule}", "source": f"intent:{intent}", "said": hit[0].text,
                                        "words": [], "strength": hit[1], "decision": "accepted"})  # fmt: skip
                break
        return found, intent


def opening_turns(turns: list[Turn], chosen: list[int]) -> list[int]:
    """The chosen turns among the callee's answering turns (see ``rules.opening.answering_turns``)."""
    from scoring.rules.opening import answering_turns

    answering = answering_turns(turns)
    return [i for i in chosen if i in answering]


def without_opening(turns: list[Turn], chosen: list[int]) -> list[int]:
    """The chosen turns less the callee's answering turn, unless no callee turn follows it."""
    callee = [i for i, turn in enumerate(turns) if turn.speaker == "callee"]
    if len(callee) < 2:
        return chosen
    return [i for i in chosen if i != callee[0]]


WEBSITE_INTENTS = frozenset({"no_website_deflection", "answered_product"})


DOUBTED_CONFIDENCE = 0.5


def doubted(turns: list[Turn], chosen: list[int], language: str | None, intent: str) -> float:
    """The confidence of a "not found" verdict given the second opinion: low when the intent
    model says one of the callee's chosen turns expresses the intent (see
    :mod:`scoring.secondopinion`), else 1 (no doubt)."""
    from scoring.secondopinion import DOUBT_P, doubt

    texts = [turns[i].text for i in chosen if turns[i].speaker == "callee"]
    p = doubt(language, intent, texts)
    return DOUBTED_CONFIDENCE if p is not None and p >= DOUBT_P else 1.0


def confidence_of(found: Found) -> float:
    """0-1: the match's strength times the recogniser's word confidence; lower after rejected near matches."""
    if found.evidence is None:
        return REJECTED_CONFIDENCE if found.rejected else NOT_FOUND_CONFIDENCE
    value = found.strength
    if found.asr_conf is not None:
        value *= 0.4 + 0.6 * found.asr_conf
    return round(value, 3)


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
    plus turns tagged with ``step`` themselves; None if the robot never spoke that step.

    A robot turn without a step that answers the callee's clarifying question ("а дом какой?" -
    "два этажа") keeps the window open: the reply to the step is still to come."""
    if not any(t.speaker == "robot" and t.step == step for t in turns):
        return None
    window: set[int] = set()
    inside = False
    for i, turn in enumerate(turns):
        if turn.speaker == "robot":
            clarifying = turn.step is None and i > 0 and _asks(turns[i - 1])
            inside = turn.step == step or (inside and clarifying)
        if inside or turn.step == step:
            window.add(i)
    return window


CLARIFYING_WORDS = 8
"""A clarifying question is short and ends on its question word ("смотря какой грунт, район какой")."""


def _asks(turn: Turn) -> bool:
    words = [t.norm for t in tokenize(turn.text)]
    return turn.speaker == "callee" and len(words) <= CLARIFYING_WORDS and bool(QUESTION_WORDS & set(words[-4:]))
