"""Delivery to real receivers on loopback: webhook retries, email, `alerts test`, masked logs."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from robot.campaigns.alerts.channels import Email, Webhook
from robot.campaigns.alerts.dispatcher import Dispatcher, Retry
from robot.campaigns.campaign import EmailAlert
from robot.cli.app import app
from tests.alerts.conftest import MailReceiver, WebhookReceiver, event_of

pytestmark = pytest.mark.calls  # starts HTTP and SMTP servers


def test_webhook_is_retried_with_backoff_and_logged_masked(caplog: pytest.LogCaptureFixture) -> None:
    receiver = WebhookReceiver(fail_first=2)
    notes: list[tuple[int | None, str, str]] = []
    try:
        caplog.set_level(logging.INFO, logger="robot.campaigns.alerts")
        dispatcher = Dispatcher([Webhook(receiver.url("/hook?token=s3cret"))], lambda *a: notes.append(a),
                                Retry(attempts=4, backoff_s=0.05))  # fmt: skip
        started = time.monotonic()
        dispatcher.send({"event": "line_down", "number": "+74951234567"}, alert_id=7)
        assert time.monotonic() - started < 0.05  # send only queues: the sweep never waits
        assert receiver.next_event()["event"] == "line_down"
        assert dispatcher.close(10)
        assert [path for path, _ in receiver.requests] == ["/hook?token=s3cret"] * 3
        assert notes == [(7, f"webhook http://127.0.0.1:{receiver.port}/hook?token=***", "sent")]
        assert "s3cret" not in caplog.text and "try 2/4 failed: HTTP 500" in caplog.text
    finally:
        receiver.close()


def test_a_dead_webhook_fails_after_the_retries_without_blocking() -> None:
    notes: list[tuple[int | None, str, str]] = []
    dispatcher = Dispatcher([Webhook("http://127.0.0.1:9/nothing-listens", timeout_s=1)], lambda *a: notes.append(a),
                            Retry(attempts=2, backoff_s=0.01))  # fmt: skip
    dispatcher.send({"event": "sweep_finished"}, alert_id=1)
    assert dispatcher.close(10)
    assert len(notes) == 1 and notes[0][2].startswith("failed: ")


def test_email_reaches_the_smtp_server(mailbox: MailReceiver) -> None:
    channel = Email(EmailAlert(to=["ops@agency.example"], smtp=mailbox.url, from_="robot@agency.example"))
    channel.deliver({"event": "line_down", "client": "Acme", "number": "+74951234567", "outcome": "busy",
                     "consecutive_failures": 2})  # fmt: skip
    message = mailbox.next_message()
    assert message["To"] == "ops@agency.example" and "line down: Acme +74951234567" in message["Subject"]
    assert event_of(message)["outcome"] == "busy"


def test_alerts_test_command_reports_each_channel(
    tmp_path: Path, webhook: WebhookReceiver, mailbox: MailReceiver
) -> None:
    from typer.testing import CliRunner

    campaign = tmp_path / "c.yaml"
    campaign.write_text(
        "name: nightly\ntargets: [{client: Acme, numbers: ['+74951234567']}]\n"
        f"alerts:\n  webhook: ['{webhook.url('/ok?key=abc')}']\n"
        f"  email: {{to: ops@agency.example, smtp: '{mailbox.url}'}}\n"
    )
    result = CliRunner().invoke(app, ["alerts", "test", str(campaign)])
    assert result.exit_code == 0, result.output
    assert "ok  webhook" in result.output and "key=***" in result.output and "abc" not in result.output
    assert "ok  email smtp://127.0.0.1" in result.output
    assert webhook.next_event()["event"] == "test" and event_of(mailbox.next_message())["event"] == "test"
    broken = tmp_path / "broken.yaml"
    broken.write_text(campaign.read_text().replace(webhook.url("/ok?key=abc"), "http://127.0.0.1:9/none"))
    result = CliRunner().invoke(app, ["alerts", "test", str(broken)])
    assert result.exit_code == 1 and "FAILED  webhook http://127.0.0.1:9/none" in result.output
    assert "ok  email" in result.output
