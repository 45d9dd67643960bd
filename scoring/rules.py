"""Intent rules that phrase banks cannot express, named by an intent's ``rule:`` key.

* ``business_opening``: the callee's first turn says something besides greetings and
  fillers ("sky ceilings hello", "шиномонтаж", "taxis yeah"): a business name or type no
  generic list can know. Weaker evidence than a listed phrase (strength 0.65).
* ``own_name``: the callee's own first name near the start of the call.
* ``concrete_answer``: the reply to the product question names an amount or availability.
* ``proposes_slot``: the callee names a day or time with something they offer to do then.
* ``commits_to_act``: a Russian callee says what will be done for the caller ("оформим").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from robot.call.result import Turn
from scoring.checks.base import Evidence
from scoring.lemmas import is_first_name, is_promise, lemma, may_be_first_name
from scoring.lexicon import FUNCTION_WORDS
from scoring.normalize import tokenize
from scoring.quantities import says_amount, says_available
from scoring.stemming import is_cyrillic

OPENING_STRENGTH = 0.55  # one unknown word: below the review threshold, a human should listen
OPENING_STRONGER = 0.7
_FILLER = frozenset(
    """
    hello hi hiya hey howdy hallo hullo allo good morning afternoon evening day greetings yes yeah yep
    speaking how can may help what do want need go ahead sorry who is it's this here what's up right
    алло алле ало да слушаю слушаем говорите здравствуйте здрасте здрасьте здравствуй добрый доброе день
    утро вечер приветствую привет чем могу помочь слушает вас внимательно что хотели хотите подскажите
    говорю утречко денек але алле ало listening зовут name my аппарата аппарат
    """.split()  # noqa: SIM905
)
BUSINESS_NOUNS = frozenset(
    """
    салон студия кухня пиццерия компания магазин клиника агентство центр ателье кафе ресторан отель
    гостиница бар автосервис мастерская школа бюро фирма
    """.split()  # noqa: SIM905
)
"""A name right after these is the business's ("кухни мария", "студия красоты ева")."""
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
    names |= {w for w in words if may_be_first_name(w)}  # "ольга слушаю": a person, not a business
    rest = [w for w in words if w not in _FILLER | names and w not in FUNCTION_WORDS and len(w) > 2]
    if not rest:
        return None
    evidence = Evidence(text=turn.text, start_s=turn.start_s, end_s=turn.end_s, speaker=turn.speaker)
    return evidence, OPENING_STRENGTH if len(rest) == 1 else OPENING_STRONGER


_SELF_CUES = (("this", "is"), ("it", "is"), ("i", "am"))
_KNOWN_NAME_AFTER = frozenset("here speaking on from at".split())  # noqa: SIM905
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


def plausible_name(word: str) -> bool:
    """Could this word, placed where a name goes ("my name is ___"), be one: a word, not a
    function word, filler or one of the words that follow such phrases instead of names."""
    return word.isalpha() and len(word) > 2 and word not in _NOT_NAMES | _FILLER | FUNCTION_WORDS


def own_name(turns: list[Turn], chosen: Sequence[int]) -> tuple[Evidence, float] | None:
    """ "this is Kate", "it's Pauline on reception", "Max here", "это Артур": a name no list can know.

    Only the callee's first two turns, and never a name the robot said (the caller's own).
    Russian: a first name by the dictionary (pymorphy3 ``Name``), strength 0.7. English: a
    common first name (``lexicons/en_names.yaml``) after "this is / it's / i'm" or before
    "here / speaking / on / from / at", strength 0.7; another word in those places ("this is
    priyanka"): a guess, strength 0.55 (reviewed).
    """
    said_by_robot = robot_words_before(turns)
    for i in [i for i in chosen if turns[i].speaker == "callee"][:2]:
        words = [t.norm for t in tokenize(turns[i].text)]
        for k, word in enumerate(words):
            if word in said_by_robot[i]:
                continue
            if is_cyrillic(word):
                business = any(lemma(w) in BUSINESS_NOUNS for w in words[max(0, k - 2) : k])
                if word not in _NOT_NAMES and word not in _FILLER and is_first_name(word) and not business:
                    return _evidence(turns[i]), OPENING_STRONGER
                continue
            after = words[k + 1] if k + 1 < len(words) else None
            before = tuple(words[max(0, k - 2) : k])
            cue = any(before[-len(c) :] == c for c in _SELF_CUES if len(before) >= len(c))
            if is_first_name(word) and word not in _NOT_NAMES:
                # a known first name: "this is kate", "i'm daniel" ending the turn, "alex on the
                # front desk", "kyle here"
                if (cue and (k <= 6 or after is None or after in _NAME_AFTER)) or after in _KNOWN_NAME_AFTER:
                    return _evidence(turns[i]), OPENING_STRONGER
                continue
            plausible = word not in _NOT_NAMES | _FILLER | FUNCTION_WORDS and len(word) > 2 and word.isalpha()
            if plausible and cue and k <= 6 and (after is None or after in _NAME_AFTER):
                return _evidence(turns[i]), OPENING_STRENGTH
            if plausible and after in ("here", "speaking") and k <= 3:
                return _evidence(turns[i]), OPENING_STRENGTH
    return None


ANSWER_STRENGTH = 0.85  # an amount in the reply
AVAILABLE_STRENGTH = 0.65  # only "yes, we have it": an answer, but a thin one


_HOLDING = (("hold", "on"), ("hang", "on"), ("one", "moment"), ("bear", "with"), ("подождите",), ("секунду",),
            ("минутку",), ("не", "отключайтесь"), ("не", "кладите"))  # fmt: skip


def is_holding(text: str) -> bool:
    """The callee asks the caller to hold on ("надо глянуть, подождите"): the reply is still to come."""
    words = [t.norm for t in tokenize(text)]
    return any(tuple(words[k : k + len(h)]) == h for h in _HOLDING for k in range(len(words) - len(h) + 1))


def reply_before_refusal(turns: list[Turn], chosen: Sequence[int], refusals: Sequence[str]) -> list[int]:
    """The chosen turns up to the first callee turn that refuses or sends the caller to the
    website without naming an amount: what comes after is no answer ("prices are on the site",
    then "yes it's free to come in")."""
    from scoring.concepts import lexicon
    from scoring.intents import contains_any

    for n, i in enumerate(chosen):
        text = turns[i].text
        if turns[i].speaker != "callee" or says_amount(text) or is_holding(text):
            continue
        language = "ru" if any(is_cyrillic(t.norm) for t in tokenize(text)) else "en"
        if contains_any(text, refusals, lexicon(language)):
            return list(chosen[:n])
    return list(chosen)


def concrete_answer(turns: list[Turn], chosen: Sequence[int]) -> tuple[Evidence, float] | None:
    """The callee's reply names an amount (price, size, time) or says the thing is there."""
    for i in [i for i in chosen if turns[i].speaker == "callee"]:
        if says_amount(turns[i].text):
            return _evidence(turns[i]), ANSWER_STRENGTH
        if says_available(turns[i].text):
            return _evidence(turns[i]), AVAILABLE_STRENGTH
    return None


SLOT_STRENGTH = 0.7
_SLOT_TIMES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight morning afternoon
    evening lunchtime weekend now понедельник вторник среда четверг пятница суббота воскресенье сегодня
    завтра послезавтра утро утром вечер вечером обед выходные
    """.split()  # noqa: SIM905
)
_SLOT_BLOCKERS = frozenset(
    """
    again later can't cannot don't not full closed unless не позже звоните позвоните перезвоните
    наберите занято
    """.split()  # noqa: SIM905
)
"""Words that turn a time into no offer: "call again tomorrow", "не успеем сегодня", "звоните завтра"."""
_SLOT_CALLS = frozenset(
    """
    call ring phone see do set free available availability slot позвонить перезвонить набрать свободный
    свободно окошко
    """.split()  # noqa: SIM905
)
"""Offers a bank cannot hold without catching "you can call us" or "you can see it online"."""
_TOLD_TO_CALL = frozenset("ring call phone звоните позвоните перезвоните наберите".split())  # noqa: SIM905
"""A turn that opens with one of these tells the caller to call ("ring back monday")."""


def commits_to_act(turns: list[Turn], chosen: Sequence[int]) -> tuple[Evidence, float] | None:
    """A Russian callee says what they (or a colleague) will do for the caller, in the perfective
    future ("оформим предзаказ", "инженер к вам приедет", "вышлю подборку"), not negated."""
    from scoring.concepts import lexicon

    acts = "~ru.@offer_act"
    for i in [i for i in chosen if turns[i].speaker == "callee"]:
        words = [t.norm for t in tokenize(turns[i].text)]
        for k, word in enumerate(words):
            if not is_cyrillic(word) or (k > 0 and words[k - 1] in ("не", "ни")):
                continue
            if acts in lexicon("ru").keys(lemma(word)) and is_promise(word):
                return _evidence(turns[i]), SLOT_STRENGTH
    return None


def proposes_slot(turns: list[Turn], chosen: Sequence[int]) -> tuple[Evidence, float] | None:
    """The callee names a day or time together with something they offer to do then ("i could
    show it to you tomorrow lunchtime", "оформить на завтра на утро", "с вами свяжутся утром"),
    and nothing refuses it ("call again tomorrow", "сегодня не успеем")."""
    from scoring.concepts import lexicon

    for i in [i for i in chosen if turns[i].speaker == "callee"]:
        words = [t.norm for t in tokenize(turns[i].text)]
        lemmas = [lemma(w) for w in words]
        if not any(w in _SLOT_TIMES or lem in _SLOT_TIMES for w, lem in zip(words, lemmas, strict=True)):
            continue
        if any(w in _SLOT_BLOCKERS for w in words) or words[0] in _TOLD_TO_CALL:
            continue
        language = "ru" if any(is_cyrillic(w) for w in words) else "en"
        acts = f"~{language}.@offer_act"
        if any(acts in lexicon(language).keys(lem) or lem in _SLOT_CALLS for lem in lemmas):
            return _evidence(turns[i]), SLOT_STRENGTH
    return None


def _evidence(turn: Turn) -> Evidence:
    return Evidence(text=turn.text, start_s=turn.start_s, end_s=turn.end_s, speaker=turn.speaker)


RULES: dict[str, Rule] = {
    "business_opening": business_opening,
    "own_name": own_name,
    "concrete_answer": concrete_answer,
    "proposes_slot": proposes_slot,
    "commits_to_act": commits_to_act,
}
