"""Intent rules that phrase banks cannot express, named by an intent's ``rule:`` key.

* ``business_opening``: the callee's first turn says something besides greetings and
  fillers ("sky ceilings hello", "шиномонтаж", "taxis yeah"): a business name or type no
  generic list can know. Weaker evidence than a listed phrase (strength 0.65).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from robot.call.result import Turn
from scoring.checks.base import Evidence
from scoring.lemmas import is_first_name
from scoring.lexicon import FUNCTION_WORDS
from scoring.normalize import tokenize
from scoring.stemming import is_cyrillic

OPENING_STRENGTH = 0.55  # one unknown word: below the review threshold, a human should listen
OPENING_STRONGER = 0.7
_FILLER = frozenset(
    """
    hello hi hiya hey howdy hallo hullo allo good morning afternoon evening day greetings yes yeah yep
    speaking how can may help what do want need go ahead sorry who is it's this here what's up right
    алло алле ало да слушаю слушаем говорите здравствуйте здрасте здрасьте здравствуй добрый доброе день
    утро вечер приветствую привет чем могу помочь слушает вас внимательно что хотели хотите подскажите
    говорю утречко денек але алле ало listening зовут name my
    """.split()  # noqa: SIM905
)
# The word after these is the speaker's own name, not the company's.
_NAME_BEFORE = frozenset("is это зовут i'm am me".split())  # noqa: SIM905

Rule = Callable[[list[Turn], Sequence[int]], tuple[Evidence, float] | None]


def business_opening(turns: list[Turn], chosen: Sequence[int]) -> tuple[Evidence, float] | None:
    """The first chosen callee turn, if it holds a word that is neither a greeting nor a filler."""
    callee = [i for i in chosen if turns[i].speaker == "callee"]
    first = next((i for i, t in enumerate(turns) if t.speaker == "callee"), None)
    if not callee or callee[0] != first:  # only the answering turn of the call
        return None
    turn = turns[callee[0]]
    words = [t.norm for t in tokenize(turn.text)]
    names = {words[i + 1] for i, w in enumerate(words[:-1]) if w in _NAME_BEFORE}
    rest = [w for w in words if w not in _FILLER | names and w not in FUNCTION_WORDS and len(w) > 2]
    if not rest:
        return None
    evidence = Evidence(text=turn.text, start_s=turn.start_s, end_s=turn.end_s, speaker=turn.speaker)
    return evidence, OPENING_STRENGTH if len(rest) == 1 else OPENING_STRONGER


_SELF_CUES = (("this", "is"), ("it", "is"), ("i", "am"))
_NAME_AFTER = frozenset("here speaking on from at how and good hello hi what can who".split())  # noqa: SIM905
_NOT_NAMES = frozenset(
    """
    the a an our your company shop store salon studio clinic office calling speaking here sorry afraid not
    just only right still also going able closed busy open fine ok okay good great sure yes no all after
    about around from over under more less one two three four five six seven eight nine ten twenty
    не все всё компания салон магазин студия клиника офис вы мы они он она оно так там тут уже еще
    можно нужно надо по для про как что когда где кто правильно верно хорошо да нет сейчас
    """.split()  # noqa: SIM905
)


def own_name(turns: list[Turn], chosen: Sequence[int]) -> tuple[Evidence, float] | None:
    """ "this is Kate", "it's Pauline on reception", "Max here", "это Артур": a name no list can know.

    Only the callee's first two turns, and never a name the robot said (the caller's own).
    Russian: a first name by the dictionary (pymorphy3 ``Name``), strength 0.7. English:
    "this is / it's / i'm NAME" near the turn's start followed by the turn's end or a word
    like "here", "speaking", "on", or "NAME here/speaking": a guess, strength 0.55 (reviewed).
    """
    robot_words = {t.norm for turn in turns if turn.speaker == "robot" for t in tokenize(turn.text)}
    for i in [i for i in chosen if turns[i].speaker == "callee"][:2]:
        words = [t.norm for t in tokenize(turns[i].text)]
        for k, word in enumerate(words):
            if word in robot_words:
                continue
            if is_cyrillic(word):
                if word not in _NOT_NAMES and word not in _FILLER and is_first_name(word):
                    return _evidence(turns[i]), OPENING_STRONGER
                continue
            after = words[k + 1] if k + 1 < len(words) else None
            before = tuple(words[max(0, k - 2) : k])
            cue = any(before[-len(c) :] == c for c in _SELF_CUES if len(before) >= len(c))
            plausible = word not in _NOT_NAMES | _FILLER | FUNCTION_WORDS and len(word) > 2 and word.isalpha()
            if plausible and cue and k <= 6 and (after is None or after in _NAME_AFTER):
                return _evidence(turns[i]), OPENING_STRENGTH
            if plausible and after in ("here", "speaking") and k <= 3:
                return _evidence(turns[i]), OPENING_STRENGTH
    return None


def _evidence(turn: Turn) -> Evidence:
    return Evidence(text=turn.text, start_s=turn.start_s, end_s=turn.end_s, speaker=turn.speaker)


RULES: dict[str, Rule] = {"business_opening": business_opening, "own_name": own_name}
