"""Word lists for the matcher: function words, negation cues, scope breakers, irregular forms.

All entries are normalised (lower case, ``ё`` → ``е``). Keep them short and general: the
checklists, not this file, carry the product knowledge.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words ASR drops or garbles most often; a phrase may miss some of them and still match.
FUNCTION_WORDS: frozenset[str] = _words(
    """
    a an the to of in on at for from with by about into us you we i me our it its he she
    they them their is are was were be been am do does did have has had can could will would shall
    should may might please just so and or that this these those there some any really actually also
    very um uh er ah oh okay ok
    в во на о об обо у к ко с со по за из от до для при про и а но же ли бы вы вас вам вами нас нам
    мы я меня мне ты тебя тебе он она оно они его ее их это этот эта эти то так уже вот ну еще тоже
    там тут пожалуйста просто вообще как-то ли-то ой эм ээ ага угу
    """
)

# Negation cue -> how many following words it can negate. "no" / "нет" alone are answer
# particles ("нет, посмотрите на сайте") and negate nothing unless widened below.
NEGATION_SCOPE: dict[str, int] = {
    "not": 4,
    "never": 4,
    "cannot": 4,
    "neither": 3,
    "nor": 3,
    "nobody": 2,
    "nothing": 2,
    "no": 0,
    "не": 4,
    "никогда": 4,
    "нельзя": 4,
    "незачем": 4,
    "необязательно": 4,
    "ни": 2,
    "нет": 0,
}

# "no need to ...", "нет смысла ...": a short cue followed by one of these words widens its scope.
WIDENING: dict[str, frozenset[str]] = {
    "no": frozenset({"need", "reason", "point"}),
    "нет": frozenset({"смысла", "необходимости", "нужды", "надобности"}),
}
WIDE_SCOPE = 5

# "не подскажете ...", "не могли бы ...": polite question forms, not negation.
NOT_NEGATING_NEXT: frozenset[str] = _words(
    """
    подскажете подскажите скажете скажите могли можете хотите желаете против удобно будете
    сложно трудно затруднит за только
    only mind
    """
)

# Words after which a pending negation no longer applies (clause and turn starts).
BREAKERS: frozenset[str] = _words(
    """
    but and so however anyway actually okay ok well tell let now then
    а но однако зато кстати скажите подскажите давайте хорошо ладно итак вот поэтому потом
    """
)

# "... на сайт смотреть не надо": negation right after a match.
POST_NEGATION: dict[str, frozenset[str]] = {
    # "записать вас сейчас не смогу": the offer is refused right after it is named
    "не": frozenset(
        {
            "нужно",
            "надо",
            "обязательно",
            "стоит",
            "нужен",
            "нужна",
            "смогу",
            "сможем",
            "могу",
            "можем",
            "получится",
            "буду",
            "будем",
        }
    ),
    "not": frozenset({"necessary", "needed", "required"}),
}
POST_SCOPE = 3

# Contractions expanded before matching (after the generic "n't" -> "not" rule).
CONTRACTIONS: dict[str, tuple[str, ...]] = {
    "can't": ("can", "not"),
    "cant": ("can", "not"),
    "won't": ("will", "not"),
    "wont": ("will", "not"),
    "shan't": ("shall", "not"),
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "wasnt": ("was", "not"),
    "werent": ("were", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "couldnt": ("could", "not"),
    "wouldnt": ("would", "not"),
    "shouldnt": ("should", "not"),
    "i'm": ("i", "am"),
    "you're": ("you", "are"),
    "we're": ("we", "are"),
    "they're": ("they", "are"),
    "i'll": ("i", "will"),
    "we'll": ("we", "will"),
    "you'll": ("you", "will"),
    "i've": ("i", "have"),
    "we've": ("we", "have"),
    "let's": ("let", "us"),
    # written without the apostrophe (recognisers, hurried transcripts); not "well", "were", "its"
    "im": ("i", "am"),
    "youre": ("you", "are"),
    "theyre": ("they", "are"),
    "ill": ("i", "will"),
    "youll": ("you", "will"),
    "ive": ("i", "have"),
    "weve": ("we", "have"),
    "youve": ("you", "have"),
    "whats": ("what", "is"),
    "thats": ("that", "is"),
    "whos": ("who", "is"),
    # dropped or dialect sounds
    "bout": ("about",),
    "ye": ("you",),
    "em": ("them",),
}

# Two tokens ASR often splits that are one word in phrases.
COMPOUNDS: dict[tuple[str, str], str] = {
    ("web", "site"): "website",
    ("e", "mail"): "email",
    ("web", "page"): "webpage",
    ("web", "shop"): "webshop",
    ("от", "куда"): "откуда",
    ("hell", "oh"): "hello",
    ("web", "thingy"): "website",
}

QUESTION_WORDS = frozenset(
    """
    what which how where when who whose какой какая какое какие каком какого сколько где когда куда
    откуда чей чья почему зачем
    """.split()  # noqa: SIM905
)
"""Words that ask: a short callee turn ending on one is a clarifying question ("а дом какой?")."""

DETERMINERS = frozenset("a an the our my your this that".split())  # noqa: SIM905
"""Before a word they make it a noun: "on a rota here", "covering the phone today"."""

# A recogniser's homophone, read as the word it stands for only beside these words ("where'd
# you here about us", "how did he here about us"; "kate here" stays "here").
HOMOPHONES_AFTER: dict[tuple[str, str], str] = {
    ("you", "here"): "hear",
    ("did", "ya"): "you",
    ("do", "ya"): "you",
    ("can", "ya"): "you",
    ("will", "ya"): "you",
}
"""(previous word, word) -> the word meant."""
HOMOPHONES_BEFORE: dict[tuple[str, str], str] = {
    ("here", "about"): "hear",
    ("here", "of"): "hear",
}
"""(word, next word) -> the word meant."""

# Irregular forms a stemmer cannot join: word -> canonical form (stemmed afterwards).
IRREGULAR: dict[str, str] = {
    # English
    "sight": "site",  # a recogniser's homophone: "it's on our sight"
    "found": "find",
    "heard": "hear",
    "told": "tell",
    "sent": "send",
    "took": "take",
    "taken": "take",
    "got": "get",
    "gotten": "get",
    "saw": "see",
    "seen": "see",
    "knew": "know",
    "known": "know",
    "came": "come",
    "bought": "buy",
    "said": "say",
    "says": "say",
    "thought": "think",
    "brought": "bring",
    "spoke": "speak",
    "spoken": "speak",
    "gave": "give",
    "given": "give",
    "went": "go",
    "gone": "go",
    "held": "hold",
    "wrote": "write",
    "written": "write",
    "hi": "hello",
    "hey": "hello",
    "heya": "hello",
    "сайд": "сайт",  # a recogniser's hearing of "сайт"
    # Russian
    "нашли": "найти",
    "нашел": "найти",
    "нашла": "найти",
    "найдете": "найти",
    "найдем": "найти",
    "находите": "найти",
    "находили": "найти",
    "нашлись": "найти",
    "нашелся": "найти",
    "зовут": "звать",
    "зовете": "звать",
    "зовите": "звать",
    "пришлем": "прислать",
    "пришлю": "прислать",
    "присылаем": "прислать",
    "вышлем": "выслать",
    "вышлю": "выслать",
    "высылаем": "выслать",
    "пошлю": "послать",
    "пошлем": "послать",
    "перезвоню": "перезвонить",
    "перезвоним": "перезвонить",
    "перезвонят": "перезвонить",
    "перезвонит": "перезвонить",
}
