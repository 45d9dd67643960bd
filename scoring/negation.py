"""Is a phrase occurrence negated by the words around it?

Rules (no punctuation is assumed, so clause ends are guessed from discourse words):

* a cue (``not``, ``never``, ``не``, ``никогда``...) negates up to N following words
  (:data:`~scoring.lexicon.NEGATION_SCOPE`); ``no`` / ``нет`` only the next word unless
  widened ("no need to", "нет смысла");
* polite question forms are not negation ("не подскажете", "не могли бы");
* a breaker word ("but", "а", "скажите"...), sentence punctuation when the transcript has
  any, or a turn boundary between cue and match ends the scope;
* a cue inside the matched span that is not itself one of the phrase's words negates;
* "... смотреть не надо" / "... is not necessary" right after the match negates;
* a match that opens with an order to the listener ("не знаю, посмотрите на сайте", "i can't
  say, check our website") starts a clause of its own: only a cue right before it negates it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from scoring.lexicon import (
    BREAKERS,
    NEGATION_SCOPE,
    NOT_NEGATING_NEXT,
    POST_NEGATION,
    POST_SCOPE,
    WIDE_SCOPE,
    WIDENING,
)
from scoring.normalize import Token
from scoring.stemming import is_cyrillic


def cue_scope(tokens: Sequence[Token], i: int) -> int:
    """How many following words the token at ``i`` negates (0: it is not a negation cue)."""
    norm = tokens[i].norm
    if norm not in NEGATION_SCOPE:
        return 0
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) and tokens[i + 1].turn == tokens[i].turn else None
    if nxt is not None and nxt in WIDENING.get(norm, ()):
        return WIDE_SCOPE
    if nxt in NOT_NEGATING_NEXT or suggests(tokens, i):
        return 0
    after = tokens[i + 2].norm if nxt is not None and i + 2 < len(tokens) else None
    if (nxt, after) == ("at", "all"):
        return 0  # "not at all, best of luck": a politeness formula, not a negation
    scope = NEGATION_SCOPE[norm]
    for k in range(i + 1, min(len(tokens), i + 1 + scope)):
        if tokens[k].turn != tokens[i].turn:
            break
        if tokens[k].norm in CLAUSE_ENDING_WORDS:
            return k - i  # "не скажу, у нас на сайте ...": the cue negates the saying, not what follows
    return scope


SUGGESTING = frozenset({("why",), ("why", "do"), ("почему", "бы"), ("почему", "бы", "вам"), ("почему", "бы", "тебе")})
"""Words before a cue that make it a suggestion: "why not bring him along", "why don't you pop in",
"почему бы вам не заехать"."""


def suggests(tokens: Sequence[Token], i: int) -> bool:
    """Is the cue at ``i`` part of a suggestion ("why not ...", "почему бы не ...")?"""
    before = [t.norm for t in tokens[max(0, i - 3) : i] if t.turn == tokens[i].turn]
    return any(tuple(before[-len(s) :]) == s for s in SUGGESTING if len(before) >= len(s))


CLAUSE_ENDING_WORDS = frozenset(
    """
    say know matter скажу скажем знаю знаем подскажу подскажем сказать подсказать важно озвучиваем
    озвучить называем назвать
    """.split()  # noqa: SIM905
)
"""Words a refusal or a dismissal ends on ("i can't say", "не знаю", "не важно"): a cue before
them negates them, and the words after start a clause of their own."""


EN_IMPERATIVES = frozenset("check look go visit see have head pop take try google".split())  # noqa: SIM905
_NOT_IMPERATIVE_AFTER = frozenset(
    "to you i we they he she it can could will would should must might may do did don't not never".split()  # noqa: SIM905
)


def starts_imperative(tokens: Sequence[Token], first: int) -> bool:
    """Does the match open with an order to the listener ("посмотрите", "check our site"), which
    starts a clause of its own? English: a listed verb not after "to", a subject or a modal."""
    from scoring.lemmas import is_imperative

    word = tokens[first].norm
    if is_cyrillic(word):
        return is_imperative(word)
    previous = tokens[first - 1].norm if first > 0 and tokens[first - 1].turn == tokens[first].turn else None
    return word in EN_IMPERATIVES and previous not in _NOT_IMPERATIVE_AFTER


def is_negated(tokens: Sequence[Token], first: int, last: int, matched: Collection[int]) -> bool:
    """True if the match spanning ``tokens[first..last]`` (``matched`` indexes) is negated."""
    for i in range(first + 1, last):
        scope = 0 if i in matched else cue_scope(tokens, i)
        # a cue inside the span negates the matched words it reaches, not those past its clause
        if scope and any(k in matched for k in range(i + 1, i + 1 + scope)):
            return True
    turn = tokens[first].turn
    before = range(first - 1, max(-1, first - WIDE_SCOPE - 1), -1)
    if starts_imperative(tokens, first) and not (first > 0 and cue_scope(tokens, first - 1)):
        before = range(0)  # "не знаю, посмотрите на сайте": a new clause the earlier cue does not reach
    for i in before:
        token = tokens[i]
        if token.turn != turn or tokens[i + 1].sentence:
            break
        scope = cue_scope(tokens, i)
        if scope and first - i <= scope:
            return True
        if token.norm in BREAKERS:
            break
    end = min(len(tokens), last + 1 + POST_SCOPE)
    for i in range(last + 1, end - 1):
        if tokens[i].turn != tokens[last].turn:
            break
        if tokens[i + 1].norm in POST_NEGATION.get(tokens[i].norm, ()):
            return True
    return False
