"""``concrete_answer``: the reply to the product question names an amount or availability."""

from __future__ import annotations

from collections.abc import Sequence

from robot.call.result import Turn
from scoring.checks.base import Evidence
from scoring.context import robot_words_before
from scoring.lemmas import lemma
from scoring.normalize import tokenize
from scoring.quantities import amounts, says_amount, says_any, says_available
from scoring.rules.base import turn_evidence
from scoring.stemming import detect_language

ANSWER_STRENGTH = 0.85  # an amount in the reply
AVAILABLE_STRENGTH = 0.65  # only "yes, we have it": an answer, but a thin one


_HOLDING = (("hold", "on"), ("hang", "on"), ("one", "moment"), ("bear", "with"), ("подождите",), ("секунду",),
            ("минутку",), ("не", "отключайтесь"), ("не", "кладите"), ("гляну",), ("посмотрю",),
            ("let", "me", "check"), ("let", "me", "look"), ("let", "me", "have", "a", "look"), ("one", "sec"),
            ("just", "a", "sec"))  # fmt: skip


def is_holding(text: str) -> bool:
    """The callee asks the caller to hold on ("надо глянуть, подождите"): the reply is still to come."""
    return says_any(text, _HOLDING)


def reply_before_refusal(turns: list[Turn], chosen: Sequence[int], refusals: Sequence[str]) -> list[int]:
    """The chosen turns up to the first callee turn that refuses or sends the caller to the
    website without naming an amount: what comes after is no answer ("prices are on the site",
    then "yes it's free to come in")."""
    from scoring.concepts import lexicon, mentions_website
    from scoring.intents import contains_any

    for n, i in enumerate(chosen):
        text = turns[i].text
        if turns[i].speaker != "callee" or says_amount(text) or is_holding(text):
            continue
        lex = lexicon(detect_language([text]) or "en")
        if not contains_any(text, refusals, lex):
            continue
        # "смотреть надо какое плетенье" then straight on "если обычное то от восьмисот": a hedge
        # the same reply goes on to answer (a website named instead stays a refusal)
        goes_on = i + 1 < len(turns) and turns[i + 1].speaker == "callee" and names_price(turns[i + 1].text)
        if not goes_on or mentions_website(text, lex):
            return list(chosen[:n])
    return list(chosen)


FREE = frozenset({"free", "бесплатно", "бесплатный"})
"""Amount words that price nothing the caller asked about ("a free survey", "выезд бесплатный")."""


def names_price(text: str) -> bool:
    """Does the text give a figure ("от восьмисот рублей"), not only "free" or a time of day?"""
    tokens = tokenize(text)
    return any(lemma(tokens[k].norm) not in FREE for k in amounts(tokens))


def concrete_answer(turns: list[Turn], chosen: Sequence[int]) -> tuple[Evidence, float] | None:
    """The callee's reply names an amount (price, size, time) the robot did not say first, or
    says the thing is there."""
    said_by_robot = robot_words_before(turns)
    for i in [i for i in chosen if turns[i].speaker == "callee"]:
        if says_amount(turns[i].text, said_by_robot[i]):
            return turn_evidence(turns[i]), ANSWER_STRENGTH
        if says_available(turns[i].text):
            return turn_evidence(turns[i]), AVAILABLE_STRENGTH
    return None
