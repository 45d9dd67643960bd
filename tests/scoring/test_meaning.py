"""Matching by meaning: lemmas, synonyms, free word order, intents, context rules, confidence, validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scoring_testkit import callee, make_call, make_check, robot, run

from robot.errors import InputError
from scoring.checklist import load_checklist
from scoring.engine import score_call
from scoring.intents import intent_ids, intents

SOURCE_EN = ["where did you hear about us", "how did you find us"]
SOURCE_RU = ["откуда вы о нас узнали", "как вы нас нашли"]


@pytest.mark.parametrize(
    "text",
    [
        "а про нас вы где прочитали",  # paraphrase: synonym verb, other order
        "кто вам нас порекомендовал",  # an intent bank paraphrase
        "от куда вы о нас у знали",  # ASR-split words joined
        "откудавы о нас узнали",  # ASR-merged words split
    ],
)
def test_russian_source_by_meaning(text: str) -> None:
    result = run(make_check(phrase=SOURCE_RU, language="ru"), make_call(callee(text)), "ru")
    assert result.passed is True
    assert result.intent == "asked_source"


@pytest.mark.parametrize(
    "text",
    [
        "who pointed you in our direction",
        "did you hear us on the radio or did someone tell you about us",
        "how'd you here of us",
        "where did you hear about as",  # a garbled pronoun
    ],
)
def test_english_source_by_meaning(text: str) -> None:
    assert run(make_check(phrase=SOURCE_EN, language="en"), make_call(callee(text)), "en").passed is True


@pytest.mark.parametrize(
    "text",
    [
        "the manager wants us to ask everyone where they heard about us",  # reported speech
        "we don't ask where you heard about us",  # negation
        "where are you calling from",  # hard negative
    ],
)
def test_source_near_misses_fail(text: str) -> None:
    assert run(make_check(phrase=SOURCE_EN, language="en"), make_call(callee(text)), "en").passed is False


def test_exact_match_keeps_the_listed_words_only() -> None:
    call = make_call(callee("who pointed you in our direction"))
    assert run(make_check(phrase=SOURCE_EN, match="exact"), call).passed is False
    assert run(make_check(phrase=SOURCE_EN, match="exact"), call).intent is None


def test_intent_alone_is_a_phrase_check() -> None:
    check = make_check(intent="asked_caller_name", language="en")
    assert check.kind == "phrase"
    result = run(check, make_call(callee("and whom am i speaking with")), "en")
    assert result.passed is True and result.intent == "asked_caller_name"


def test_check_synonyms_extend_the_lexicon() -> None:
    call = make_call(callee("you will get the brochure by post"))
    assert run(make_check(phrase=["get the leaflet"]), call).passed is False
    assert run(make_check(phrase=["get the leaflet"], synonyms=[["leaflet", "brochure"]]), call).passed is True


@pytest.mark.parametrize(
    "text",
    [
        "i am not going to tell you to look at our website it is forty a metre",
        "i won't point you at the website",
        "не буду отправлять вас на сайт",
    ],
)
def test_refusing_to_deflect_is_no_deflection(text: str) -> None:
    check = make_check(not_phrase=["look at our website", "посмотрите на сайте", "go to the website"])
    assert run(check, make_call(callee(text))).passed is True


def test_the_callee_obliged_to_ask_is_asking() -> None:
    call = make_call(callee("i have to ask where did you hear about us"))
    assert run(make_check(phrase=SOURCE_EN), call, "en").passed is True


def test_website_after_a_full_answer_is_no_deflection() -> None:
    check = make_check(not_phrase=["look at our website", "prices are on the website"], language="en")
    answered = make_call(callee("it is forty pounds and you can also see photos on our website"))
    deflected = make_call(callee("prices are all on the web site mate have a look there"))
    assert run(check, answered, "en").passed is True
    assert run(check, deflected, "en").passed is False


def test_confidence_from_word_confidences_and_review_queue() -> None:
    text = "where did you hear about us"
    words = [{"word": w, "start_s": 1.0, "end_s": 1.2, "conf": 0.2} for w in text.split(" ")]
    call = make_call(robot("hi", 0), callee("where did you hear about us", words=words))
    checks = [make_check(id="src", phrase=SOURCE_EN, weight=3), make_check(id="bye", phrase=["goodbye"], weight=0)]
    report = score_call(checks, call, "en")
    source = report.checks[0]
    assert source.passed is True and source.confidence < 0.6
    assert source.evidence is not None and source.evidence.end_s == 3.0
    assert report.score.needs_review is True and report.score.review == ["src"]
    assert report.checks[1].confidence == 0.9  # nothing found, nothing near: fairly sure
    clean = score_call(checks, make_call(callee("where did you hear about us")), "en")
    assert clean.checks[0].confidence == 1.0 and clean.score.needs_review is False


def test_every_intent_has_a_bank_of_forty_per_language() -> None:
    assert "asked_source" in intent_ids()
    for language in ("en", "ru"):
        for intent in intents(language).values():
            assert len(set(intent.phrases)) >= 40, (language, intent.id)


def test_bad_intent_synonyms_and_match_are_positioned_errors(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "checks:\n"
        "  - {id: a, title: A, intent: asked_sauce}\n"
        "  - id: b\n    title: B\n    phrase: [hi]\n    synonyms: [[site, web], []]\n"
        "  - {id: c, title: C, phrase: [hi], match: fuzzy}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_checklist(path)
    lines = [str(p) for p in caught.value.problems]
    assert any(":2:" in line and "unknown intent 'asked_sauce'" in line for line in lines), lines
    assert any(":6:" in line and "empty synonym set" in line for line in lines), lines
    assert any(":7:" in line and "unknown match 'fuzzy'" in line for line in lines), lines


def test_default_checklists_name_their_intents() -> None:
    root = Path(__file__).resolve().parents[2] / "scenarios" / "checklists"
    for language in ("en", "ru"):
        checks = load_checklist(root / language / "standard.yaml")
        call = make_call(callee(json.dumps("x")))
        used = {r.id: r.intent for r in score_call(checks, call, language).checks}
        assert used["asked_source"] == "asked_source" and used["no_website_deflection"] == "no_website_deflection"
