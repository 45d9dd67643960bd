"""The shipped sample campaigns (issue 11): valid, as the README says, and the demo one dials only
the simulated phones on loopback."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot.campaigns.campaign import load_campaign
from robot.cli.app import app
from robot.cli.problems import run

REPO = Path(__file__).resolve().parents[2]
SAMPLE, DEMO = REPO / "scenarios" / "campaign-sample.yaml", REPO / "scenarios" / "campaign-demo.yaml"


def test_mysterycall_validate_accepts_the_samples(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MYSTERYCALL_MODELS_AUTO", "0")  # never the first run's download, even under `pytest -s`
    assert run(app, ["validate", str(SAMPLE), str(DEMO)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "2 file(s) valid" in captured.err


def test_the_sample_has_two_clients_and_the_demo_dials_only_loopback() -> None:
    sample, demo = load_campaign(SAMPLE), load_campaign(DEMO)
    assert len({t.client for t in sample.targets}) == 2 and all(t.blocked is None for t in sample.targets)
    assert len({t.client for t in demo.targets}) == 2
    assert all(t.number.startswith("sip:") and "@127.0.0.1:508" in t.number for t in demo.targets)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "scenarios/campaign-sample.yaml" in readme and "scenarios/campaign-demo.yaml" in readme
