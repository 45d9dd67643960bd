"""Metrics: timings, silence, hold, talk ratio, interruptions, latency."""

from __future__ import annotations

import pytest
from scoring_testkit import callee, make_call, make_check, robot, run

from scoring.inputs import ScoringInput
from scoring.metrics import compute_metrics


def metrics_of(call: ScoringInput) -> dict:
    return compute_metrics(call.turns, call.timings, call.metrics, call.events)


def test_transcript_metrics():
    call = make_call(
        robot("hello", 0, 2),
        callee("hi", 2.5, 4),  # latency 0.5
        robot("price", 4.5, 6),
        callee("ten", 9, 10),  # latency 3
        robot("thanks", 9.5, 11),  # interrupts the callee
        callee("bye", 40, 41),  # 29 s silence, and latency 29
        timings={"talk_s": 45},
    )
    m = metrics_of(call)
    assert m["longest_silence_s"] == pytest.approx(29)
    assert m["interruptions"] == 1
    assert m["callee_interruptions"] == 0
    assert m["response_latency_max_s"] == pytest.approx(29)
    assert m["response_latency_mean_s"] == pytest.approx((0.5 + 3 + 29) / 3)
    assert m["callee_talk_ratio"] == pytest.approx(3.5 / (3.5 + 5))
    assert m["callee_words"] == 3


def test_trailing_silence_counts_to_talk_end():
    call = make_call(callee("hi", 0, 1), timings={"talk_s": 30})
    assert metrics_of(call)["longest_silence_s"] == 29


def test_hold_from_metrics_then_events():
    assert metrics_of(make_call(callee("hi"), metrics={"hold_s": 45}))["hold_s"] == 45
    events = [{"t_s": 5, "event": "hold"}, {"t_s": 25, "event": "unhold"}]
    assert metrics_of(make_call(callee("hi"), events=events))["hold_s"] == 20
    assert metrics_of(make_call(callee("hi")))["hold_s"] is None


def test_metric_checks_min_max_and_missing():
    call = make_call(callee("hi", 0, 1), timings={"ring_to_answer_s": 12, "talk_s": 30}, metrics={"transfers": 2})
    assert run(make_check(metric="ring_to_answer_s", max=15), call).passed is True
    assert run(make_check(metric="ring_to_answer_s", max=10), call).passed is False
    assert run(make_check(metric="ring_to_answer_s", min=5, max=15), call).passed is True
    assert run(make_check(metric="answer_s", max=10), call).passed is None
    assert run(make_check(metric="metrics.transfers", max=1), call).passed is False
    assert run(make_check(metric="metrics.missing", max=1), call).passed is None
    silence = run(make_check(metric="longest_silence_s", max=20), call)
    assert silence.passed is False and silence.evidence.start_s == 1
