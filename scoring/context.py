"""Context rules around a match: reported speech, and a website mention after a real answer.

* Reported speech: "the manager asked me where I heard of you", "клиенты спрашивают, как нас
  найти" — a reporting verb shortly before the match (or inside it) whose subject is not the
  speaker (I, we, a modal "can I", "можно", an order "скажите") means the callee is not asking;
  so does what other firms do ("другие на сайт отправят, а я назову").
* Incidental after an answer: a website mention after the callee already named a price
  (a number, a number word, a currency; not one the robot said first) or with "also" / "тоже"
  is not a deflection.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from robot.call.result import Turn
from scoring.lemmas import is_imperative, lemma
from scoring.lexicon import BREAKERS, NEGATION_SCOPE
from scoring.negation import CLAUSE_ENDING_WORDS
from scoring.normalize import Token, tokenize
from scoring.quantities import is_amount


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


REPORTING = _words(
    """
    ask say tell wonder quiz спросить спрашивать говорить сказать интересоваться поинтересоваться просить
    требовать велеть
    """
)
SELF = _words(
    """
    i we let can may could might must should need want will would me
    я мы можно разрешите позвольте хочу хотела хотел хотим нужно надо должен должна должны обязан
    обязаны могу можем давайте дайте уточню уточним
    """
)
PRODUCT_STEP = "ask_product"
"""The scenario step that asks the product question (the default checklists' ``after_step``)."""
REPORT_SCOPE = 6
OWN_REPORTING = _words("спрошу спросим скажу скажем уточню уточним прошу просим")
"""First-person forms: the speaker's own question ("спрошу, как вас зовут")."""
_OBLIGED = frozenset({("have", "to"), ("need", "to"), ("got", "to"), ("i", "must"), ("we", "must")})
# "I'm not going to tell you to look at our website", "не буду отправлять вас на сайт"; not "say":
# "i can't say, there's a form on our website" and "не скажу, у нас на сайте ..." refuse the answer
DIRECTING = _words(
    """
    tell send point direct refer make ask recommend suggest push pressure force
    отправлять отправить посылать послать советовать посоветовать направлять направить
    отсылать отослать предлагать offer
    """
)
TELLING = DIRECTING | REPORTING
DENIAL_SCOPE = 9
EXACT = _words("exact exactly precise точнее точно точную точная точной точный")
"""Said before a website mention after a rough figure, they send the caller there for the real
answer: no aside."""
EXACT_SCOPE = 12
ALSO = _words("also too well even addition тоже также еще ещё дополнительно кроме кстати")
SHOWN = _words("photo picture review example gallery фото фотография фотка пример отзыв галерея")
"""What a website is for when it is an aside to the answer ("photos of our work are on the site")."""
ASIDE_SCOPE = 6


OTHERS = _words("другие others other some many многие некоторые коллеги colleagues people люди")
"""What other companies or people do ("другие на сайт отправят, а я назову", "коллеги обычно в таких
случаях предлагают встретиться"): not what this one does."""
OTHERS_SCOPE = 5


def _reports(tokens: Sequence[Token], k: int) -> bool:
    """A reporting verb said of others ("спрашивают", "they ask"): not an order ("скажите, как к
    вам обращаться"), nor one's own ("тогда скажу ... как вас зовут", "I have to ask")."""
    word = tokens[k].norm
    if lemma(word) not in REPORTING or word in OWN_REPORTING or is_imperative(word):
        return False
    if word == "tell" and k + 1 < len(tokens) and tokens[k + 1].norm == "me":
        return False  # "and tell me, who told you about us": an order to the caller
    previous = [t.norm for t in tokens[max(0, k - 3) : k] if t.turn == tokens[k].turn]
    obliged = tuple(previous[-2:]) in _OBLIGED  # "I have to ask", "need to ask"
    return not (set(previous) & SELF or obliged)


def others_do(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Is the match what *other* businesses say or do: "others" just before it and a directing
    or reporting verb around it ("другие на сайт отправят", "other shops send you online")?"""
    turn = tokens[first].turn
    for i in range(first - 1, max(-1, first - OTHERS_SCOPE - 1), -1):
        if tokens[i].turn != turn:
            return False
        if tokens[i].norm in OTHERS:
            window = [t for t in tokens[i + 1 : last + OTHERS_SCOPE + 3] if t.turn == turn]
            return any(lemma(t.norm) in TELLING for t in window)
    return False


def reported(tokens: Sequence[Token], first: int, last: int | None = None, matched: Collection[int] = ()) -> bool:
    """Is the match starting at ``first`` reported speech (a reporting verb not said of oneself,
    before it or inside its span: "нас часто спрашивают, откуда мы знаем")?"""
    turn = tokens[first].turn
    inside = range(first + 1, last) if last is not None else range(0)
    if any(k not in matched and _reports(tokens, k) for k in inside):
        return True
    for i in range(first - 1, max(-1, first - REPORT_SCOPE - 1), -1):
        if tokens[i].turn != turn or tokens[i].norm in ("а", "so"):
            break  # "... просит спросить, а вы откуда о нас узнали": the question itself
        if tokens[i].norm in CLAUSE_ENDING_WORDS and lemma(tokens[i].norm) not in REPORTING:
            return False  # "спрашивать не буду, не важно, как к вам обращаться": a new clause
        if lemma(tokens[i].norm) in REPORTING:
            return _reports(tokens, i)
    return False


def denied_after(tokens: Sequence[Token], last: int) -> bool:
    """ "откуда узнали — не спрашиваю", "where you heard of us, we don't ask", "на сайт отправлять
    не буду": a reporting or directing verb denied right after."""
    turn = tokens[last].turn
    window = [t for t in tokens[last + 1 : last + 5] if t.turn == turn]
    for a, b in zip(window, window[1:], strict=False):
        if a.norm in ("не", "not", "never") and lemma(b.norm) in REPORTING:
            return True
        if lemma(a.norm) in TELLING and b.norm in ("не", "not"):
            return True
    return False


def denied_before(tokens: Sequence[Token], first: int) -> bool:
    """A negation cue, then a directing verb, then the match: "I won't point you at the website"."""
    turn = tokens[first].turn
    directing = False
    for i in range(first - 1, max(-1, first - DENIAL_SCOPE - 1), -1):
        token = tokens[i]
        if token.turn != turn or token.norm in BREAKERS:
            return False
        if lemma(token.norm) in DIRECTING:
            directing = True
        elif directing and token.norm in NEGATION_SCOPE and token.norm not in ("no", "нет"):
            return True
    return False


def robot_words_before(turns: Sequence[Turn]) -> list[set[str]]:
    """For each turn, the words the robot said before it (its own name among them: a name the
    robot said first is the caller's, not the callee's; one the robot repeats later is not)."""
    seen: set[str] = set()
    out = []
    for turn in turns:
        out.append(set(seen))
        if turn.speaker == "robot":
            seen |= {t.norm for t in tokenize(turn.text)}
    return out


def first_answer(
    turns: Sequence[Turn], chosen: Sequence[int], said_by_robot: Sequence[set[str]]
) -> tuple[int, int] | None:
    """(turn index, character offset) of the first figure the speaker gave in the chosen turns
    (not one the robot said first, ``said_by_robot`` per turn: "the six seaters all vary" repeats
    the question), from the product question on when the call has one ("три д мастерская"
    names no figure)."""
    asked = next((i for i, turn in enumerate(turns) if turn.step == PRODUCT_STEP), 0)
    for i in chosen:
        if i < asked:
            continue
        for token in tokenize(turns[i].text, i):
            if is_amount(token) and token.norm not in said_by_robot[i]:
                return (i, token.start)
    return None


def incidental(
    tokens: Sequence[Token], first: int, last: int, answer: tuple[int, int] | None, robot_said: Collection[str] = ()
) -> bool:
    """A website mention with "also" / "кстати" nearby; or one after the answer (see
    :func:`first_answer`) or in a turn that gives a figure (not one in ``robot_said``, the caller's
    own words), unless the site is where the exact figure is ("for your exact size use the
    calculator on our site"; not "точнее после выезда, фотографии объектов есть на сайте")."""
    start = tokens[first]
    before = [t for t in tokens[max(0, first - EXACT_SCOPE) : first] if t.turn == start.turn]
    after = [t for t in tokens[last + 1 : last + 3] if t.turn == start.turn]  # "on our site as well"
    if any(t.norm in ALSO for t in before[-3:] + list(tokens[first : last + 1]) + after):
        return True
    shown = any(lemma(t.norm) in SHOWN for t in before[-ASIDE_SCOPE:])
    if not shown and any(t.norm in EXACT for t in before):
        return False
    if answer is not None and (start.turn, start.start) > answer:
        return True
    return any(is_amount(t) and t.norm not in robot_said for t in tokens if t.turn == start.turn)
