"""Phrase matching: word forms, ё/е, fuzziness, order, window, negation."""

from __future__ import annotations

import pytest

from scoring.matcher import compile_phrase, find_phrase, similar
from scoring.negation import is_negated
from scoring.normalize import normalize_text, tokenize
from scoring.stemming import detect_language, stem

SOURCE_RU = ["откуда вы о нас узнали"]
SOURCE_EN = ["where did you hear about us", "how did you find us"]


@pytest.mark.parametrize(
    "text",
    [
        "откуда вы о нас узнали",
        "Откуда вы о нас узнали?",
        "а откуда вы о нас узнавали",
        "откуда вы вообще о нас узнали",  # inserted word
        "откуда о нас узнали",  # dropped short word
        "а от куда вы о нас узнали",  # ASR split
        "не подскажете откуда вы о нас узнали",  # polite, not negation
        "я не знаю а откуда вы о нас узнали",  # breaker ends the negation
    ],
)
def test_russian_source_paraphrases_pass(said, text):
    assert said(text, phrase=SOURCE_RU) is True


@pytest.mark.parametrize(
    "text",
    [
        "мы не спрашиваем откуда вы о нас узнали",
        "никогда не спрашиваем откуда вы о нас узнали",
        "откуда вы звоните",
        "откуда вы сегодня утром по радио в машине о нас узнали",  # too many inserted words
    ],
)
def test_russian_source_negatives_fail(said, text):
    assert said(text, phrase=SOURCE_RU) is False


@pytest.mark.parametrize(
    "text",
    [
        "so where did you hear about us",
        "where you heard about us",
        "where'd you here about us",
        "how'd you find us",
    ],
)
def test_english_source_paraphrases_pass(said, text):
    assert said(text, phrase=SOURCE_EN) is True


@pytest.mark.parametrize(
    "text",
    [
        "we don't ask where you heard about us",
        "we dont ask where you heard about us",
        "we never ask people where they heard about us",
        "where are you calling from",
    ],
)
def test_english_source_negatives_fail(said, text):
    assert said(text, phrase=SOURCE_EN) is False


def test_negation_can_be_disabled(said):
    assert said("we don't ask where you heard about us", phrase=SOURCE_EN, negation=False) is True


def test_yo_and_e_are_the_same(said):
    assert said("всё есть на сайте", phrase=["все есть на сайте"]) is True
    assert said("все есть на сайте", phrase=["всё есть на сайте"]) is True
    assert normalize_text("Ещё, Ёлки!") == "еще елки"


def test_word_forms_share_stems():
    assert stem("узнали") == stem("узнать")
    assert stem("heard") == stem("hear")
    assert stem("found") == stem("find")
    assert similar("узнали", stem("узнали"), "узнавали", stem("узнавали"), 84)


def test_fuzzy_threshold_is_tunable(said):
    # "услыхали" vs "услышали": stems differ, fuzzy ratio ~ 86
    assert said("где вы услыхали о нас", phrase=["где вы услышали о нас"]) is True
    assert said("где вы услыхали о нас", phrase=["где вы услышали о нас"], threshold=95) is False
    assert said("где вы услыхали о нас", phrase=["где вы услышали о нас"], threshold=100) is False


def test_short_words_are_not_fuzzy():
    assert not similar("were", stem("were"), "where", stem("where"), 50)
    assert not similar("good", stem("good"), "goodbye", stem("goodbye"), 84)


def test_exact_marker_disables_stemming(said):
    assert said("speak up", phrase=["speaking"]) is True
    assert said("speak up", phrase=["=speaking"]) is False
    assert said("emma speaking", phrase=["=speaking"]) is True


@pytest.mark.parametrize(
    ("phrase", "exact_form", "other_form"),
    [
        ("=order new tiles", "order new tiles", "ordered new tiles"),  # first word
        ("please =order tiles", "please order tiles", "please ordered tiles"),  # inside
        ("order the =tiles", "order the tiles", "order the tile"),  # last word
    ],
)
def test_exact_marker_holds_at_every_position(said, phrase, exact_form, other_form):
    assert said(other_form, phrase=[phrase.replace("=", "")]) is True  # without the marker, forms match
    assert said(exact_form, phrase=[phrase]) is True
    assert said(other_form, phrase=[phrase]) is False


def test_slack_controls_inserted_words(said):
    text = "paint the lovely new wooden garden fence"
    assert said(text, phrase=["paint the fence"]) is False
    assert said(text, phrase=["paint the fence"], slack=6) is True


def test_phrase_not_a_substring(said):
    assert said("we sell windows", phrase=["win"]) is False


def test_negated_span_inside_match():
    tokens = tokenize("everything is not on the website")
    match = find_phrase(compile_phrase("everything is on the website"), tokens)[0]
    assert is_negated(tokens, match.first, match.last, match.matched)


def test_post_negation_russian(said):
    assert said("на сайте смотреть не надо", not_phrase=["смотреть на сайте"]) is True


def test_no_as_answer_particle_does_not_negate(said):
    assert said("нет посмотрите на нашем сайте", not_phrase=["посмотрите на сайте"]) is False
    assert said("no look at our website", not_phrase=["look at our website"]) is False
    assert said("no need to look at our website", not_phrase=["look at our website"]) is True


def test_detect_language():
    assert detect_language(["алло здравствуйте"]) == "ru"
    assert detect_language(["hello there"]) == "en"
    assert detect_language(["", "123"]) is None
