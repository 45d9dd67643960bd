"""Is a phrase occurrence negated by the words around it?

Rules (no punctuation is assumed, so clause ends are guessed from discourse words):

* a cue (``not``, ``never``, ``не``, ``никогда``...) negates up to N following words
  (:data:`~scoring.lexicon.NEGATION_SCOPE`); ``no`` / ``нет`` only the next word unless
  widened ("no need to", "нет смысла");
* polite question forms are not negation ("не подскажете", "не могли бы");
* a breaker word ("but", "а", "скажите"...), sentence punctuation when the transcript has
  any, or a turn boundary between cue and match ends the scope;
* a cue inside the matched span that is not itself one of the phrase's words negates;
* "... смотреть не надо" / "... is not necessary" right after the match negates.
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


def cue_scope(tokens: Sequence[Token], i: int) -> int:
    """How many following words the token at ``i`` negates (0: it is not a negation cue)."""
    norm = tokens[i].norm
    if norm not in NEGATION_SCOPE:
        return 0
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) and tokens[i + 1].turn == tokens[i].turn else None
    if nxt is not None and nxt in WIDENING.get(norm, ()):
        return WIDE_SCOPE
    if nxt in NOT_NEGATING_NEXT:
        return 0
    return NEGATION_SCOPE[norm]


def is_negated(tokens: Sequence[Token], first: int, last: int, matched: Collection[int]) -> bool:
    """True if the match spanning ``tokens[first..last]`` (``matched`` indexes) is negated."""
    for i in range(first + 1, last):
        if i not in matched and cue_scope(tokens, i):
            return True
    turn = tokens[first].turn
    for i in range(first - 1, max(-1, first - WIDE_SCOPE - 1), -1):
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
