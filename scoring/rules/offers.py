"""``proposes_slot`` and ``commits_to_act``: the callee offers a next step."""

from __future__ import annotations

from collections.abc import Sequence

from robot.call.result import Turn
from scoring.checks.base import Evidence
from scoring.lemmas import is_infinitive, is_promise, lemma
from scoring.lexicon import DETERMINERS
from scoring.normalize import tokenize
from scoring.rules.base import turn_evidence
from scoring.stemming import detect_language, is_cyrillic

SLOT_STRENGTH = 0.7
_SLOT_TIMES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight morning afternoon
    evening lunchtime weekend now понедельник вторник среда четверг пятница суббота воскресенье сегодня
    завтра послезавтра утро утром вечер вечером обед выходные
    third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth
    sixteenth seventeenth eighteenth nineteenth twentieth thirtieth
    """.split()  # noqa: SIM905
)
_SLOT_BLOCKERS = frozenset(
    """
    again later can't cannot don't not full fully closed unless не позже звоните позвоните перезвоните
    наберите занято перезвони позвони набери
    """.split()  # noqa: SIM905
)
"""Words that turn a time into no offer: "call again tomorrow", "не успеем сегодня", "звоните завтра"."""
_SLOT_CALLS = frozenset(
    """
    call ring phone see do set free slot позвонить перезвонить набрать свободный
    свободно окошко выезд
    """.split()  # noqa: SIM905
)
"""Offers a bank cannot hold without catching "you can call us" or "you can see it online"."""
_SLOT_BLOCKING_PAIRS = frozenset({("you", "ring"), ("you", "call"), ("you", "phone"), ("no", "go"), ("for", "calling")})
"""Pairs that turn a time into no offer: "can you ring tomorrow", "today's a no go", "thank you for
calling, have a lovely afternoon"."""
_SITE_WORDS = frozenset("сайт интернет".split())  # noqa: SIM905
_TOLD_TO_CALL = frozenset("ring call phone звоните позвоните перезвоните наберите".split())  # noqa: SIM905
"""A turn that opens with one of these tells the caller to call ("ring back monday")."""


_CAN = frozenset("могу можем могла мог могли".split())  # noqa: SIM905
CAN_SCOPE = 8
"""How far an offered act may follow "могу" ("я могу вам на почту прайс и свободные даты отправить")."""


def commits_to_act(turns: list[Turn], chosen: Sequence[int]) -> tuple[Evidence, float] | None:
    """A Russian callee says what they (or a colleague) will do for the caller, in the perfective
    future ("оформим предзаказ", "инженер к вам приедет", "вышлю подборку") or as "могу" with
    the act's infinitive further on ("могу вам на почту прайс отправить"), not negated."""
    from scoring.concepts import lexicon

    acts = "~ru.@offer_act"
    for i in [i for i in chosen if turns[i].speaker == "callee"]:
        words = [t.norm for t in tokenize(turns[i].text)]
        if any(lemma(w) in _SITE_WORDS for w in words):
            continue  # "на сайте загрузите фото, он всё посчитает": the website acts, nobody offers
        for k, word in enumerate(words):
            if not is_cyrillic(word) or (k > 0 and words[k - 1] in ("не", "ни")):
                continue
            if acts in lexicon("ru").keys(lemma(word)) and is_promise(word):
                return turn_evidence(turns[i]), SLOT_STRENGTH
            if word in _CAN and any(
                is_infinitive(w) and acts in lexicon("ru").keys(lemma(w)) for w in words[k + 1 : k + 1 + CAN_SCOPE]
            ):
                return turn_evidence(turns[i]), SLOT_STRENGTH
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
        if any(pair in _SLOT_BLOCKING_PAIRS for pair in zip(words, words[1:], strict=False)):
            continue
        language = detect_language([turns[i].text]) or "en"
        acts = f"~{language}.@offer_act"
        calls = [lem in _SLOT_CALLS and (k == 0 or words[k - 1] not in DETERMINERS) for k, lem in enumerate(lemmas)]
        if any(acts in lexicon(language).keys(lem) or call for lem, call in zip(lemmas, calls, strict=True)):
            return turn_evidence(turns[i]), SLOT_STRENGTH
    return None
