"""Campaign files: the minimal syntax, overrides, and errors with line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot.campaigns.campaign import is_campaign_file, load_campaign, validate_campaign
from robot.errors import InputError

MINIMAL = """\
name: nightly-lines
scenario: scenarios/line-check.yaml
concurrency: 4
attempts: {max: 3, retry_after_s: 60, retry_on: [busy, no_answer, unreachable]}
window: {days: [mon, tue, wed, thu, fri, sat, sun], from: "00:00", to: "23:59", tz: Europe/Moscow}
targets:
  - client: Acme Furniture
    numbers: ["+74951234567", "sip:ring2@127.0.0.1:5080"]
    scenario: scenarios/sales-en.yaml        # optional override
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "scenarios").mkdir()
    for name in ("line-check.yaml", "sales-en.yaml", "vip.yaml"):
        (tmp_path / "scenarios" / name).write_text("steps: []\n")
    return tmp_path


def write(folder: Path, text: str, name: str = "campaign.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_syntax_loads_with_paths_relative_to_the_file(folder: Path) -> None:
    loaded = load_campaign(write(folder, MINIMAL))
    assert loaded.name == "nightly-lines" and loaded.campaign.concurrency == 4
    assert loaded.campaign.attempts.max == 3 and loaded.campaign.window.tz == "Europe/Moscow"
    assert [t.number for t in loaded.targets] == ["+74951234567", "sip:ring2@127.0.0.1:5080"]
    assert {t.scenario for t in loaded.targets} == {str(folder / "scenarios" / "sales-en.yaml")}
    assert loaded.client_limits == {"Acme Furniture": 1}
    assert validate_campaign(folder / "campaign.yaml") == []
    assert is_campaign_file(folder / "campaign.yaml")
    assert not is_campaign_file(write(folder, "steps:\n  - say: hello\n", "scenario.yaml"))


def test_per_number_overrides_caps_and_client_concurrency(folder: Path) -> None:
    text = MINIMAL.replace("concurrency: 4", "concurrency: 4\ndaily_cap: 3\nconfig: cfg.yaml") + (
        "  - client: ООО Ромашка\n"
        "    concurrency: 2\n"
        "    daily_cap: 1\n"
        "    numbers:\n"
        "      - +7 (495) 765-43-21\n"
        "      - {number: 'sip:vip@127.0.0.1:5080', scenario: scenarios/vip.yaml, daily_cap: 5}\n"
    )
    (folder / "cfg.yaml").write_text("{}\n")
    loaded = load_campaign(write(folder, text))
    by_number = {t.number: t for t in loaded.targets}
    assert by_number["+7 (495) 765-43-21"].scenario == str(folder / "scenarios" / "line-check.yaml")
    assert by_number["sip:vip@127.0.0.1:5080"].scenario == str(folder / "scenarios" / "vip.yaml")
    assert by_number["sip:vip@127.0.0.1:5080"].daily_cap == 5
    assert by_number["+7 (495) 765-43-21"].daily_cap == 1
    assert by_number["+74951234567"].daily_cap == 3
    assert loaded.client_limits == {"Acme Furniture": 1, "ООО Ромашка": 2}
    assert loaded.config == str(folder / "cfg.yaml")


def test_errors_name_the_line_and_column(folder: Path) -> None:
    text = """\
name: nightly-lines
scenario: scenarios/missing.yaml
concurrency: 0
attempts: {max: 3, retry_after_s: 60, retry_on: [busy, sometimes]}
window: {days: [mon, funday], from: "25:00", to: "18:00", tz: Mars/Olympus}
colour: blue
targets:
  - client: Acme Furniture
    numbers:
      - "+74951234567"
      - hello
      - {number: "+74951234567", scenario: scenarios/vip.yaml}
"""
    path = write(folder, text)
    problems = [str(p) for p in validate_campaign(path)]
    expected = [
        f"{path}:3:1: concurrency: must be 1 or more",
        f"{path}:4:56: attempts.retry_on.1: must be one of:",
        f"{path}:5:22: window.days.1: must be one of:",
        f'{path}:5:31: window.from: must be a time "HH:MM"',
        f"{path}:5:59: window.tz: unknown time zone 'Mars/Olympus'",
        f"{path}:6:1: unknown key 'colour'",
        f"{path}:11:9: targets.0.numbers.1.number: not a phone number or SIP URI: 'hello'",
    ]
    assert len(problems) == len(expected), problems
    for problem, start in zip(problems, expected, strict=True):
        assert problem.startswith(start), problem


def test_file_level_problems_missing_files_and_duplicates(folder: Path) -> None:
    text = MINIMAL.replace("scenarios/line-check.yaml", "scenarios/nope.yaml").replace(
        '"sip:ring2@127.0.0.1:5080"', '"+74951234567"'
    )
    path = write(folder, text)
    problems = [str(p) for p in validate_campaign(path)]
    assert problems == [
        f"{path}:2:1: scenario: file not found: scenarios/nope.yaml",
        f"{path}:8:31: +74951234567 is listed twice for Acme Furniture",
    ]
    with pytest.raises(InputError):
        load_campaign(path)


def test_missing_targets_and_empty_file(folder: Path) -> None:
    assert [str(p) for p in validate_campaign(write(folder, "name: x\n"))] == [
        f"{folder / 'campaign.yaml'}:1:1: missing required key 'targets'"
    ]
    assert "file is empty" in str(validate_campaign(write(folder, ""))[0])
    assert "YAML syntax" in str(validate_campaign(write(folder, "name: [x\n"))[0])
