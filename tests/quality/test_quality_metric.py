"""``metric: quality.NAME`` checks: resolved from the result's quality, validated like the rest (pure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot.config.yamlfile import load_yaml
from robot.errors import InputError
from scoring.checklist import load_checks
from scoring.engine import score_call
from scoring.inputs import ScoringInput
from scoring.models import parse_check_item

QUALITY = {"mos": 3.41, "r_factor": 66.1, "rx_loss_pct": 10.0, "jitter_ms": 1.5, "rtt_ms": None,
           "one_way_audio": False, "longest_silence_s": 4.2}  # fmt: skip
RESULT = {"call_id": "c1", "target": "t", "started_at": "2026-01-01T00:00:00Z", "outcome": "answered"}


def verdict(call: ScoringInput, **check: object) -> bool | None:
    item = parse_check_item({"id": "q", "title": "quality"} | check)
    return score_call([item], call).checks[0].passed


def test_quality_paths_resolve_from_a_result() -> None:
    call = ScoringInput.from_data(RESULT | {"quality": QUALITY})
    assert verdict(call, metric="quality.mos", min=3.5) is False
    assert verdict(call, metric="quality.mos", min=3.0) is True
    assert verdict(call, metric="quality.rx_loss_pct", max=5) is False
    assert verdict(call, metric="quality.longest_silence_s", max=5) is True
    assert verdict(call, metric="quality.rtt_ms", max=300) is None  # no RTCP round trip: cannot apply


def test_no_quality_gives_no_verdict() -> None:
    never_connected = ScoringInput.from_data(RESULT | {"outcome": "busy", "quality": None})
    assert verdict(never_connected, metric="quality.mos", min=3.5) is None
    transcript = ScoringInput.from_data({"turns": [], "quality": QUALITY})  # a transcript may carry it too
    assert verdict(transcript, metric="quality.mos", min=3.0) is True


def test_evidence_names_value_and_bound() -> None:
    call = ScoringInput.from_data(RESULT | {"quality": QUALITY})
    item = parse_check_item({"id": "q", "title": "t", "metric": "quality.mos", "min": 3.5})
    evidence = score_call([item], call).checks[0].evidence
    assert evidence is not None and evidence.text == "quality.mos = 3.41 (min 3.5)"


@pytest.mark.parametrize("name", ["quality.loudness", "quality.", "quality.one_way_audio", "mos"])
def test_unknown_quality_metric_is_a_located_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(f"checks:\n  - {{id: ok, title: t, phrase: x}}\n  - {{id: a, title: t, metric: {name}, min: 3}}\n")
    with pytest.raises(InputError) as exc:
        load_checks(load_yaml(path)["checks"], path.parent, str(path))
    problem = exc.value.problems[0]
    assert problem.line == 3 and f"unknown metric '{name}'" in problem.message
    assert "quality.mos" in problem.message
