"""The second opinion: intent models trained on the banks, shipped, and what their doubt does."""

from __future__ import annotations

import numpy as np
import pytest
from scoring_testkit import callee, make_call, make_check

from scoring import secondopinion
from scoring.engine import score_call
from scoring.secondopinion import banks_digest, doubt, models
from scoring.train_intents import train_one


def test_the_shipped_models_are_trained_on_the_banks_as_they_are() -> None:
    shipped = models()
    assert shipped is not None, "scoring/models/intents.npz is missing: python -m scoring.train_intents"
    assert shipped.digest == banks_digest(), "the banks changed: retrain with python -m scoring.train_intents"


def test_training_is_reproducible() -> None:
    shipped = models()
    assert shipped is not None
    coef, intercept = train_one("ru", "asked_source")
    row = shipped.keys[("ru", "asked_source")]
    assert np.allclose(coef, shipped.coef[row], atol=1e-4) and abs(intercept - shipped.intercept[row]) < 1e-4


def test_the_models_tell_a_paraphrase_from_small_talk() -> None:
    assert (doubt("en", "asked_source", ["so what made you pick up the phone to us then"]) or 0) > 0.5
    assert (doubt("ru", "offered_next_step", ["давайте я вас на пятницу поставлю"]) or 0) > 0.5
    assert (doubt("en", "asked_source", ["lovely weather today isn't it"]) or 1) < 0.5
    assert doubt("en", "no_such_intent", ["hello"]) is None


def test_a_miss_the_model_doubts_goes_to_review_and_keeps_its_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(secondopinion, "DOUBT_P", 0.75)  # this paraphrase scores about 0.8
    check = make_check(id="nx", phrase=["would you like to book", "shall i send you a quote"], weight=2)
    doubted = score_call([check], make_call(callee("we could get a fitter out to you")), "en")
    plain = score_call([check], make_call(callee("right the blue one is in stock")), "en")
    assert doubted.checks[0].passed is False and plain.checks[0].passed is False
    assert doubted.checks[0].confidence == 0.5 and doubted.score.review == ["nx"]
    assert plain.checks[0].confidence == 0.9 and not plain.score.needs_review
