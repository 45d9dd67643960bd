"""Check kinds, turn filters, null verdicts, evidence and score math."""

from __future__ import annotations

import pytest
from scoring_testkit import callee, make_call, make_check, robot, run

from scoring.engine import score_call
from scoring.inputs import ScoringInput


def test_speaker_filter_and_evidence():
    call = make_call(robot("как вас зовут", 0), callee("Меня зовут Анна. А как вас зовут?", 3))
    result = run(make_check(phrase=["как вас зовут"]), call)
    assert result.passed is True
    assert result.evidence.model_dump() == {"text": "как вас зовут", "start_s": 3, "speaker": "callee", "end_s": 5.0}
    assert run(make_check(phrase=["меня зовут"], speaker="robot"), call).passed is False
    assert run(make_check(phrase=["меня зовут"], speaker="any"), call).passed is True


def test_match_across_split_turns_of_one_speaker():
    call = make_call(callee("откуда вы о нас", 1, 2), callee("узнали", 2.5, 3))
    result = run(make_check(phrase=["откуда вы о нас узнали"]), call)
    assert result.passed is True
    assert result.evidence.text == "откуда вы о нас узнали"


def test_not_phrase_evidence_quotes_offending_words():
    call = make_call(callee("Не знаю. Всё есть на сайте, посмотрите!", 4))
    result = run(make_check(not_phrase=["посмотрите на сайте", "все есть на сайте"]), call)
    assert result.passed is False
    assert result.points == 0
    assert result.evidence.text == "Всё есть на сайте"
    assert result.evidence.start_s == 4


def test_within_s():
    call = make_call(callee("алло", 1), callee("добрый день", 7))
    assert run(make_check(phrase=["добрый день"], within_s=5), call).passed is False
    assert run(make_check(phrase=["добрый день"], within_s=8), call).passed is True


def test_last_s():
    call = make_call(callee("goodbye for now", 1), callee("so the price is ten", 40), callee("ok", 60))
    assert run(make_check(phrase=["goodbye"], last_s=30), call).passed is False
    assert run(make_check(phrase=["goodbye"], last_s=70), call).passed is True


def test_after_step_limits_to_replies_of_that_step():
    call = make_call(
        robot("hello", 0, step="greet"),
        callee("hello it costs nothing to ask", 2),
        robot("how much is it", 5, step="ask_product"),
        callee("it is twenty dollars", 8),
        robot("thanks", 12, step="close"),
        callee("ninety dollars for delivery", 14),
    )
    check = make_check(regex=[r"\bdollars\b"], after_step="ask_product")
    result = run(check, call)
    assert result.passed is True and result.evidence.start_s == 8
    assert run(make_check(phrase=["costs"], after_step="ask_product"), call).passed is False
    assert run(make_check(phrase=["delivery"], after_step="ask_product"), call).passed is False
    assert run(make_check(phrase=["x"], after_step="missing_step"), call).passed is None


def test_after_step_includes_callee_turns_tagged_with_the_step():
    call = make_call(
        robot("q", 0, step="ask_product"),
        robot("next", 3, step="other"),
        callee("yes", 4, step="ask_product"),
    )
    assert run(make_check(phrase=["yes"], after_step="ask_product"), call).passed is True


def test_min_words():
    check = make_check(not_phrase=["i don't know"], min_words=3)
    assert run(check, make_call(callee("hm", 1))).passed is False
    assert run(check, make_call(callee("it is twelve dollars", 1))).passed is True
    assert run(check, make_call(callee("i don't know really sorry", 1))).passed is False


def test_regex_is_case_insensitive_on_normalised_text():
    call = make_call(callee("Цена: 1 500 рублей, ЁЖ", 1))
    assert run(make_check(regex=r"\d+ \d+ рубл"), call).passed is True
    assert run(make_check(regex=r"еж"), call).passed is True
    assert run(make_check(not_regex=r"рубл"), call).passed is False


@pytest.mark.parametrize("outcome", ["no_answer", "busy", "failed"])
def test_transcript_checks_are_null_when_not_answered(outcome):
    call = make_call(outcome=outcome)
    for check in (make_check(phrase="hi"), make_check(not_phrase="hi"), make_check(regex="hi")):
        assert run(check, call).passed is None
    assert run(make_check(metric="longest_silence_s", max=5), call).passed is None
    assert run(make_check(outcome="answered"), call).passed is False
    assert run(make_check(not_dropped=True), call).passed is None


def test_outcome_and_not_dropped():
    dropped = make_call(callee("hello", 1), outcome="dropped")
    assert run(make_check(outcome=["answered", "dropped"]), dropped).passed is True
    assert run(make_check(not_dropped=True), dropped).passed is False
    assert run(make_check(not_dropped=True), make_call(callee("hi"), outcome="answered")).passed is True
    assert run(make_check(not_dropped=True), make_call(callee("hi"))).passed is None
    assert run(make_check(phrase="hello"), dropped).passed is True


def test_language_mismatch_is_null():
    call = make_call(callee("здравствуйте"))
    assert run(make_check(phrase="hello", language="en"), call).passed is None
    assert run(make_check(phrase="здравствуйте", language="ru"), call).passed is True
    assert run(make_check(phrase="здравствуйте", language="ru"), call, language="en-US").passed is None


def test_score_math():
    checks = [
        make_check(id="a", phrase="hello", weight=3),
        make_check(id="b", phrase="goodbye", weight=1),
        make_check(id="c", metric="hold_s", max=30, weight=5),  # no hold data: null
        make_check(id="d", not_phrase="website", weight=1.5),
    ]
    report = score_call(checks, make_call(callee("hello there")), pass_percent=80)
    assert [c.passed for c in report.checks] == [True, False, None, True]
    assert [c.points for c in report.checks] == [3, 0, 0, 1.5]
    assert report.score.model_dump() == {
        "points": 4.5,
        "max_points": 5.5,
        "percent": 81.8,
        "passed": True,
        "needs_review": False,
        "review": [],
    }
    assert score_call(checks, make_call(callee("hello there")), pass_percent=90).score.passed is False
    data = report.as_dict()
    assert set(data) == {"checks", "score"}
    assert set(data["checks"][0]) == {"id", "title", "passed", "points", "weight", "evidence", "confidence", "intent"}
    assert data["checks"][2]["evidence"] is None


def test_score_with_nothing_applicable():
    report = score_call([make_check(phrase="hi")], make_call(outcome="busy"))
    assert report.score.model_dump() == {
        "points": 0,
        "max_points": 0,
        "percent": None,
        "passed": False,
        "needs_review": False,
        "review": [],
    }


def test_empty_transcript_is_null_but_silent_callee_fails():
    assert run(make_check(phrase="hi"), make_call(outcome="answered")).passed is None
    assert run(make_check(phrase="hi"), make_call(robot("hello"), outcome="answered")).passed is False


def test_from_result():
    result = {
        "call_id": "x",
        "target": "+1",
        "started_at": "2024-01-01T00:00:00Z",
        "outcome": "answered",
        "timings": {"answer_s": 12.0, "total_s": 40},
        "transcript": [callee("hello", 1)],
    }
    call = ScoringInput.from_result(result)
    report = score_call([make_check(metric="answer_s", max=15), make_check(id="d", phrase="hello")], call)
    assert [c.passed for c in report.checks] == [True, True]
    assert report.checks[0].evidence.text == "answer_s = 12 (max 15)"


def test_what_was_said_is_judged_only_on_calls_that_reached_a_person() -> None:
    from scoring.models import parse_check_item

    checks = [
        parse_check_item(item)
        for item in (
            {"id": "greeted", "title": "Greeted", "phrase": ["hello"]},
            {"id": "left", "title": "Voicemail greeting", "phrase": ["leave a message"], "applies_to": ["voicemail"]},
            {"id": "up", "title": "Answered", "outcome": ["answered"]},
        )
    ]
    turns = [{"speaker": "callee", "start_s": 0.5, "end_s": 3.0, "text": "hello please leave a message"}]
    verdicts = {}
    for who, later in (("voicemail", None), ("human", None), ("music", 4.0)):
        data = {"turns": turns, "outcome": "answered", "answered_by": who, "metrics": {"time_to_human_s": later}}
        report = score_call(checks, ScoringInput.from_transcript(data), "en").as_dict()
        verdicts[who] = {c["id"]: c["passed"] for c in report["checks"]}
    assert verdicts["voicemail"] == {"greeted": None, "left": True, "up": True}
    assert verdicts["human"] == {"greeted": True, "left": True, "up": True}
    assert verdicts["music"]["greeted"] is True  # hold music, then a person came on

    silent_first = {"turns": turns, "outcome": "answered", "answered_by": "silence", "answered_by_confidence": 0.8}
    report = score_call(checks, ScoringInput.from_transcript(silent_first), "en").as_dict()
    assert {c["id"]: c["passed"] for c in report["checks"]}["greeted"] is True  # silent at first, then spoke
    guess = {"turns": turns, "outcome": "answered", "answered_by": "voicemail", "answered_by_confidence": 0.5}
    report = score_call(checks, ScoringInput.from_transcript(guess), "en").as_dict()
    assert {c["id"]: c["passed"] for c in report["checks"]}["greeted"] is True  # a guess does not unscore
