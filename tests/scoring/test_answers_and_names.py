"""Meaning rules that phrase banks cannot hold: concrete answers, offered slots, own names,
split words, and orders to the listener after a negated clause."""

from __future__ import annotations

import pytest
from scoring_testkit import callee, make_call, make_check, robot, run

from scoring.intents import intent_of
from scoring.normalize import tokenize
from scoring.quantities import says_amount, says_available

ASK = {"step": "ask_product"}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("the extendable oak one is eight hundred and ninety pounds", True),
        ("шестнадцатый две четыреста за комплект", True),
        ("диагностика бесплатно при ремонте", True),
        ("fitted it's 1200", True),
        ("the grey one please", False),
        ("одну минуту", False),
        ("prices are all on the web site mate", False),
    ],
)
def test_amounts_in_both_languages(text: str, amount: bool) -> None:
    assert says_amount(text) is amount


def test_availability() -> None:
    assert says_available("yes we've got those in blue") and says_available("да есть в наличии")
    assert not says_available("we'll see")


def _product_check(language: str):
    phrases = (
        ["it costs", "the price is", "we have it in stock"] if language == "en" else ["стоит", "цена", "есть в наличии"]
    )
    return make_check(id="answered_product", phrase=phrases, weight=2, language=language)


def test_user_answer_phrases_stand_for_the_product_answer_intent() -> None:
    assert intent_of(("it costs", "the price is", "we have it in stock"), "en") == "product_answer"
    assert intent_of(("стоит", "цена", "есть в наличии"), "ru") == "product_answer"


def test_a_price_in_words_answers_the_product_question() -> None:
    call = make_call(robot("how much is a check up", 0.0, **ASK), callee("a check up is forty five", 2.0))
    result = run(_product_check("en"), call, "en")
    assert result.passed is True and result.intent == "product_answer"


def test_the_reply_ends_at_a_refusal_or_the_website() -> None:
    call = make_call(
        robot("сколько стоит один винир", 0.0, **ASK),
        callee("цены по винирам на сайте в разделе эстетика посмотрите", 2.0),
        callee("консультация бесплатная можем записать на четверг", 6.0),
    )
    assert run(_product_check("ru"), call, "ru").passed is False


def test_only_the_reply_to_the_product_question_counts() -> None:
    call = make_call(callee("we open at nine", 0.5), robot("how much is it", 3.0, **ASK), callee("i don't know", 5.0))
    assert run(_product_check("en"), call, "en").passed is False


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("i could show it to you tomorrow lunchtime", True),
        ("оформить на завтра на утро", True),
        ("заявка принята с вами свяжутся утром", True),
        ("call again tomorrow the manager is out", False),
        ("сегодня уже не успеем", False),
        ("normally we'd offer a free survey but the fitters are off this week", False),
    ],
)
def test_offered_next_step_by_a_slot(text: str, offered: bool) -> None:
    language = "ru" if any("а" <= ch <= "я" for ch in text) else "en"
    phrases = (
        ["давайте запишу", "пришлю вам расчет"]
        if language == "ru"
        else ["would you like to book", "shall i send you a quote"]
    )
    check = make_check(id="next", phrase=phrases, weight=1)
    assert run(check, make_call(callee(text)), language).passed is offered


@pytest.mark.parametrize(
    ("turns", "introduced"),
    [
        (["good afternoon happy paws my name is ellen"], True),
        (["you're speaking to marina"], True),
        (["oh hi sorry yes hello this is glow beauty"], False),  # the business, not a person
        (["may i ask who i have the pleasure of speaking with"], False),
        (["студия красоты ева здравствуйте"], False),  # the salon's name
        (["добрый день администратор екатерина"], True),
        (["да он самый слушаю вас"], False),
    ],
)
def test_an_introduction_needs_a_name(turns: list[str], introduced: bool) -> None:
    language = "ru" if any("а" <= ch <= "я" for ch in turns[0]) else "en"
    phrases = ["my name is", "this is", "speaking", "you are speaking with"]
    if language == "ru":
        phrases = ["меня зовут", "вас слушает", "с вами говорит", "это менеджер"]
    check = make_check(id="me", phrase=phrases, weight=1, within_s=20)
    assert run(check, make_call(*(callee(t, 0.5 + 3 * k) for k, t in enumerate(turns))), language).passed is introduced


def test_a_name_the_robot_said_first_is_not_the_callees_but_one_it_repeats_later_is() -> None:
    check = make_check(id="me", phrase=["my name is", "this is"], weight=1)
    callers = make_call(robot("hi this is laura", 0.0), callee("thanks laura", 2.0))
    assert run(check, callers, "en").passed is False
    repeated = make_call(callee("my name is ellen", 0.5), robot("thank you ellen", 3.0))
    assert run(check, repeated, "en").passed is True


def test_split_russian_words_are_joined() -> None:
    assert [t.norm for t in tokenize("посмотрите на сай те")] == ["посмотрите", "на", "сайте"]
    assert [t.norm for t in tokenize("на нас")] == ["на", "нас"]  # two real words stay apart


@pytest.mark.parametrize(
    ("text", "deflected"),
    [
        ("не знаю посмотрите на сайте", True),
        ("эту позицию не подскажу цену посмотрите в каталоге на сайте", True),
        ("i don't know check our website", True),
        ("на сайте не смотрите там цены старые", False),
        ("i'm not going to tell you to look at our website", False),
    ],
)
def test_an_order_after_a_negated_clause_is_not_negated(text: str, deflected: bool) -> None:
    language = "ru" if any("а" <= ch <= "я" for ch in text) else "en"
    phrases = ["посмотрите на сайте"] if language == "ru" else ["check our website", "look at our website"]
    check = make_check(id="web", not_phrase=phrases, weight=1)
    assert run(check, make_call(callee(text)), language).passed is (not deflected)


def test_every_rule_a_bank_names_exists() -> None:
    from scoring.intents import intents
    from scoring.rules import RULES

    named = {rule for language in ("en", "ru") for item in intents(language).values() for rule in item.rules}
    assert named and named <= set(RULES), named - set(RULES)


@pytest.mark.parametrize(
    ("text", "offered"),
    [("оформим предзаказ предоплата тридцать процентов", True), ("инженер к вам приедет посмотрит", True),
     ("записывать пока не буду мастер в отпуске", False), ("мы не приедем", False)],
)  # fmt: skip
def test_a_russian_promise_is_an_offer(text: str, offered: bool) -> None:
    check = make_check(id="next", phrase=["давайте запишу", "пришлю вам расчет"], weight=1)
    assert run(check, make_call(callee(text)), "ru").passed is offered


def test_an_offer_described_and_withdrawn_is_no_offer_for_the_rules_either() -> None:
    offer = make_check(id="offered_next_step", intent="offered_next_step", language="ru")
    withdrawn = make_call(callee("ну обычно мы записываем на удобное время но врач на больничном до понедельника", 1.0))
    assert run(offer, withdrawn, "ru").passed is False
    made = make_call(callee("давайте я вас запишу на понедельник", 1.0))
    assert run(offer, made, "ru").passed is True


def test_a_refusal_to_say_does_not_negate_the_website_deflection_after_it() -> None:
    deflection = make_check(id="no_website_deflection", intent="no_website_deflection", language="ru")
    call = make_call(callee("без перечня не скажу у нас на сайте калькулятор есть посчитайте там", 1.0))
    assert run(deflection, call, "ru").passed is True  # found: the check's evidence is the deflection
    refused = make_call(callee("я вас на сайт отправлять не буду скажу как есть от пяти тысяч", 1.0))
    assert run(deflection, refused, "ru").passed is False


def test_a_polite_request_to_say_is_no_reported_speech() -> None:
    name = make_check(id="asked_caller_name", intent="asked_caller_name", language="ru")
    call = make_call(callee("да конечно скажите пожалуйста как к вам можно обращаться", 1.0))
    assert run(name, call, "ru").passed is True


@pytest.mark.parametrize(
    ("texts", "language", "named"),
    [
        (["здравствуйте центр ремонта айфонов менеджер вика"], "ru", True),  # "вика" is rarely a name first
        (["алло добрый день", "да а вы откуда звоните", "а мы только в екатерин бурге"], "ru", False),
        (["tailor made alterations kate"], "en", True),
        (["grand property good afternoon", "victoria senior negotiator"], "en", True),
        (["hello comfy chairs", "what model are you after"], "en", False),
    ],
)
def test_own_name_after_a_role_or_closing_the_greeting(texts: list[str], language: str, named: bool) -> None:
    check = make_check(id="introduced_self", intent="introduced_self", language=language, within_s=20)
    call = make_call(*(callee(text, 1.0 + 4 * k) for k, text in enumerate(texts)))
    assert run(check, call, language).passed is named


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("and you are", True),
        ("nice one what brought you to us and you are", True),
        ("а вы кто", True),
        ("fine thanks and yourself", False),  # how the caller is, not who
        ("а вы про нас от кого слышали", False),
    ],
)
def test_a_turn_left_open_as_who_is_calling_asks_the_name(text: str, asked: bool) -> None:
    language = "ru" if text[0] in "ая" else "en"
    check = make_check(id="asked_caller_name", intent="asked_caller_name", language=language)
    assert run(check, make_call(callee(text, 1.0)), language).passed is asked


def test_numbers_the_caller_said_first_are_no_answer_and_no_reason_to_call_a_website_incidental() -> None:
    answer = make_check(id="answered_product", intent="product_answer", language="en")
    call = make_call(
        robot("how much is a six seater hot tub", 0.0, **ASK),
        callee("the six seaters all vary best thing would be to download the brochure from our website", 2.0),
    )
    assert run(answer, call, "en").passed is False
    deflection = make_check(id="no_website_deflection", intent="no_website_deflection", language="en")
    assert run(deflection, call, "en").passed is True  # found: the website is the reply, not an aside


def test_what_other_companies_do_is_no_deflection_of_this_one() -> None:
    deflection = make_check(id="no_website_deflection", intent="no_website_deflection", language="ru")
    call = make_call(callee("вам честно скажу другие на сайт отправят а я назову от шестисот тысяч", 1.0))
    assert run(deflection, call, "ru").passed is False


def test_not_at_all_is_politeness_not_negation() -> None:
    closing = make_check(id="polite_closing", intent="polite_closing", language="en")
    assert run(closing, make_call(callee("not at all best of luck with it", 1.0)), "en").passed is True


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("i can book you in tomorrow at eleven", False),  # a time of day
        ("администратор будет после шести", False),
        ("frames start at eighty", True),  # no hour: a price
        ("до двух тысяч", True),
        ("ready at 5", True),  # digits stay amounts: they are rarely times in speech-to-text
    ],
)
def test_a_time_of_day_is_no_amount(text: str, amount: bool) -> None:
    assert says_amount(text) is amount


def test_a_reporting_verb_inside_the_match_makes_it_reported_speech() -> None:
    source = make_check(id="asked_source", intent="asked_source", language="ru")
    statement = make_call(callee("нас часто спрашивают откуда мы знаем ваш офис а мы просто базу покупаем", 1.0))
    assert run(source, statement, "ru").passed is False
    question = make_call(callee("меня руководитель всегда просит спросить а вы откуда о нас узнали", 1.0))
    assert run(source, question, "ru").passed is True
