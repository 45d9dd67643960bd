"""``own_name``: the callee's own first name; and what a name next to a phrase must be."""

from __future__ import annotations

from collections.abc import Sequence

from robot.call.result import Turn
from scoring.checks.base import Evidence
from scoring.context import robot_words_before
from scoring.lemmas import is_first_name, lemma, names_someone
from scoring.lexicon import DETERMINERS, FUNCTION_WORDS
from scoring.normalize import tokenize
from scoring.rules.base import FILLER, OPENING_STRENGTH, OPENING_STRONGER, turn_evidence
from scoring.stemming import is_cyrillic

BUSINESS_NOUNS = frozenset(
    """
    салон студия кухня пиццерия компания магазин клиника агентство центр ателье кафе ресторан отель
    гостиница бар автосервис мастерская школа бюро фирма клуб арена парк академия
    """.split()  # noqa: SIM905
)
"""A name right after these is the business's ("кухни мария", "студия красоты ева")."""
ROLES = frozenset(
    """
    менеджер администратор консультант оператор мастер специалист диспетчер секретарь
    """.split()  # noqa: SIM905
)
"""A name right after these is the speaker's ("менеджер вика")."""
_SPEAKING_RU = frozenset({("у", "аппарата"), ("на", "связи")})
OWN_NAME_TURNS = 3  # "thanks laura, i'm megan by the way" comes after the caller's name
_SELF_CUES = (("this", "is"), ("it", "is"), ("i", "am"))
_KNOWN_NAME_AFTER = frozenset("here speaking on from at".split())  # noqa: SIM905
_NAME_AFTER = frozenset("here speaking on from at how and good hello hi what can who".split())  # noqa: SIM905
_NOT_NAMES = frozenset(
    """
    the a an our your company shop store salon studio clinic office calling speaking here sorry afraid not
    just only right still also going able closed busy open fine ok okay good great sure yes no all after
    wrong private new line own
    about around from over under more less one two three four five six seven eight nine ten twenty
    не все всё компания салон магазин студия клиника офис вы мы они он она оно так там тут уже еще
    можно нужно надо по для про как что когда где кто правильно верно хорошо да нет сейчас чё че чо
    """.split()  # noqa: SIM905
)


def plausible_name(word: str) -> bool:
    """Could this word, placed where a name goes ("my name is ___"), be one: a word, not a
    function word, filler or one of the words that follow such phrases instead of names."""
    return word.isalpha() and len(word) > 2 and word not in _NOT_NAMES | FILLER | FUNCTION_WORDS


def own_name(turns: list[Turn], chosen: Sequence[int]) -> tuple[Evidence, float] | None:
    """ "this is Kate", "it's Pauline on reception", "Max here", "это Артур": a name no list can know.

    Only the callee's first three turns (the third only with a cue), and never a name the robot
    said (the caller's own). Russian: a first name by the dictionary (pymorphy3 ``Name``, in the
    nominative or instrumental singular), or a rarer one after a role or "это" or before "слушаю"
    / "у аппарата" (the latter even after a shop's name), strength 0.7.
    English: a common first name (``lexicons/en_names.yaml``) after "this is / it's / i'm" or
    before "here / speaking / on / from / at", strength 0.7, or one that ends the first turn or
    opens the second, strength 0.65; another word in the cued places ("this is priyanka", not
    "on a rota here"): a guess, strength 0.65.
    """
    said_by_robot = robot_words_before(turns)
    for n, i in enumerate([i for i in chosen if turns[i].speaker == "callee"][:OWN_NAME_TURNS]):
        words = [t.norm for t in tokenize(turns[i].text)]
        for k, word in enumerate(words):
            if word in said_by_robot[i]:
                continue
            if is_cyrillic(word):
                business = any(lemma(w) in BUSINESS_NOUNS for w in words[max(0, k - 2) : k])
                # in the nominative ("екатерин бурге" is no name); "менеджер вика", "это вера":
                # a word that is rarely a name first is one after a role or "это"
                # "вика слушаю", "аркадий у аппарата": a person answering; the latter even after a
                # shop's name ("кухни мария слушаю" is the brand)
                at_phone = tuple(words[k + 1 : k + 3]) in _SPEAKING_RU
                speaks = at_phone or words[k + 1 : k + 2] == ["слушаю"]
                cued = k > 0 and (lemma(words[k - 1]) in ROLES or words[k - 1] in ("это", "я")) or speaks
                # past the first two turns only a cued name counts ("и фил тр можем подобрать")
                named = names_someone(word) and ((is_first_name(word) and n < 2) or cued)
                if word not in _NOT_NAMES and word not in FILLER and named and (at_phone or not business):
                    return turn_evidence(turns[i]), OPENING_STRONGER
                continue
            after = words[k + 1] if k + 1 < len(words) else None
            before = tuple(words[max(0, k - 2) : k])
            cue = any(before[-len(c) :] == c for c in _SELF_CUES if len(before) >= len(c))
            if is_first_name(word) and word not in _NOT_NAMES:
                # a known first name: "this is kate", "i'm daniel" ending the turn, "alex on the
                # front desk", "kyle here"; or one that ends the greeting or opens the next turn
                # ("tailor made alterations kate", "victoria senior negotiator")
                if (cue and (k <= 6 or after is None or after in _NAME_AFTER)) or after in _KNOWN_NAME_AFTER:
                    return turn_evidence(turns[i]), OPENING_STRONGER
                if n < 2 and ((n == 0 and after is None and k > 0) or (n == 1 and k == 0)):
                    return turn_evidence(turns[i]), OPENING_STRENGTH
                continue
            plausible = plausible_name(word)
            if plausible and cue and (k <= 6 or after is None) and (after is None or after in _NAME_AFTER):
                return turn_evidence(turns[i]), OPENING_STRENGTH
            noun = k > 0 and words[k - 1] in DETERMINERS  # "we're all on a rota here"
            if plausible and after in ("here", "speaking") and k <= 6 and not noun:
                return turn_evidence(turns[i]), OPENING_STRENGTH
    return None


WHO_ENDINGS = (
    ("and", "you", "are"),
    ("and", "you're"),
    ("а", "вы", "кто"),
    ("вы", "кто"),
    ("на", "кого"),
    ("как", "вас"),
    ("вас", "как"),
    ("и", "вас"),
    ("и", "имя"),
    ("and", "yours"),
)
"""How a turn that asks who is calling ends ("... and you are?", "а вы кто?", "хорошо, на кого?",
"адрес и как вас", "как зовут ребёнка и вас"): the question is left for the caller to finish, so
no phrase bank can hold what comes next."""
WHO_TURNS = frozenset(
    {("name",), ("your", "name"), ("whose", "name"), ("name", "and", "number"), ("name", "and", "address"),
     ("name", "and", "address", "then"), ("имя",), ("ваше", "имя"), ("фамилия",), ("имя", "телефон"),
     ("имя", "и", "телефон")}
)  # fmt: skip
"""A turn that is only the word, or it and the number ("name?", "имя, телефон"): the callee asks for it."""
WHO_STRENGTH = 0.7


def asks_who(turns: list[Turn], chosen: Sequence[int]) -> tuple[Evidence, float] | None:
    """A callee turn that ends as a question about who is calling ("and you are", "а вы кто")."""
    for i in [i for i in chosen if turns[i].speaker == "callee"]:
        words = tuple(t.norm for t in tokenize(turns[i].text))
        if words in WHO_TURNS or any(words[-len(end) :] == end for end in WHO_ENDINGS):
            return turn_evidence(turns[i]), WHO_STRENGTH
    return None
