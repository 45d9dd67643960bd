"""The campaign's ``alerts:``, ``canary:`` and ``guard:`` sections: the syntax and plain errors with positions."""

from __future__ import annotations

from pathlib import Path

from robot.campaigns.campaign import load_campaign, mask_url, validate_campaign

BASE = """\
name: nightly
targets:
  - client: Acme
    numbers: ["+74951234567"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "campaign.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_issue_syntax_loads(tmp_path: Path) -> None:
    text = BASE + (
        "alerts:\n"
        "  after_failures: 2\n"
        "  on: [busy, no_answer, unreachable, invalid_number, rejected, dropped, failed]\n"
        "  score_below: 50\n"
        "  webhook: http://127.0.0.1:9000/hook\n"
        '  email: {to: [ops@agency.example], smtp: "smtp://127.0.0.1:2525", from: robot@agency.example}\n'
        'canary: "sip:answer@127.0.0.1:5080"\n'
        "guard: {breaker_calls: 4}\n"
    )
    campaign = load_campaign(write(tmp_path, text)).campaign
    assert campaign.alerts is not None
    assert campaign.alerts.after_failures == 2 and campaign.alerts.score_below == 50
    assert campaign.alerts.webhook == ["http://127.0.0.1:9000/hook"]
    assert campaign.alerts.email is not None and campaign.alerts.email.from_ == "robot@agency.example"
    assert campaign.canary == "sip:answer@127.0.0.1:5080" and campaign.guard.breaker_calls == 4


def test_defaults_several_webhooks_and_one_address(tmp_path: Path) -> None:
    text = BASE + "alerts:\n  webhook: [http://127.0.0.1:1/a, 'https://hooks.example/b?token=x']\n"
    campaign = load_campaign(write(tmp_path, text)).campaign
    assert campaign.alerts is not None and len(campaign.alerts.webhook) == 2
    assert campaign.alerts.after_failures == 2 and "answered" not in campaign.alerts.on
    assert campaign.guard.breaker_calls == 5 and campaign.canary is None
    single = BASE + "alerts:\n  email: {to: ops@agency.example, smtp: 'smtps://mail.example'}\n"
    loaded = load_campaign(write(tmp_path, single)).campaign
    assert loaded.alerts is not None and loaded.alerts.email is not None
    assert loaded.alerts.email.to == ["ops@agency.example"]


def test_bad_input_names_file_line_and_column(tmp_path: Path) -> None:
    text = BASE + (
        "alerts:\n"
        "  after_failures: 0\n"
        "  webhook: ftp://127.0.0.1/hook\n"
        "  email: {to: [ops@agency.example], smtp: 'smtp://:2525'}\n"
    )
    path = write(tmp_path, text)
    problems = [str(p) for p in validate_campaign(path)]
    expected = [
        f"{path}:6:3: alerts.after_failures: must be 1 or more",
        f"{path}:7:3: alerts.webhook.0: not an http(s) URL",
        f"{path}:8:37: alerts.email.smtp: SMTP URL without a host",
    ]
    assert len(problems) == len(expected), problems
    for problem, start in zip(problems, expected, strict=True):
        assert problem.startswith(start), problem


def test_canary_must_be_a_number_the_policy_allows(tmp_path: Path) -> None:
    path = write(tmp_path, BASE + "canary: '112'\n")
    problems = [str(p) for p in validate_campaign(path)]
    assert len(problems) == 1 and problems[0].startswith(f"{path}:5:1: canary: 112 is an emergency"), problems
    path = write(tmp_path, BASE + "canary: hello\n")
    assert [str(p) for p in validate_campaign(path)][0].startswith(f"{path}:5:1: canary: not a phone number")


def test_secrets_in_urls_are_masked() -> None:
    assert mask_url("https://hooks.example/x?token=s3cret&a=1") == "https://hooks.example/x?token=***&a=***"
    assert mask_url("smtp://robot:pa55@mail.example:587") == "smtp://robot:***@mail.example:587"
    assert mask_url("https://abc123@hooks.example/p#frag") == "https://***@hooks.example/p#***"
    assert mask_url("http://127.0.0.1:9000/hook") == "http://127.0.0.1:9000/hook"
