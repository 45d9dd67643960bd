"""Real sweeps (the CLI, the call-worker pool, SIPp and the simulated phone over loopback) with
real alert receivers: a busy line alerts once, recovers once, and a trunk that starts answering
403 trips the breaker without blaming any client."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from robot.campaigns.store import Store
from tests.alerts.conftest import MailReceiver, WebhookReceiver, event_of
from tests.phone_process import REPO, PhoneProcess, free_udp_port
from tests.sipp_peer import SippPeer

pytestmark = [pytest.mark.calls, pytest.mark.sipp]

ENV = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
CONFIG = """\
limits: {max_ring_s: 3, max_call_s: 10, media_timeout_s: 2, stay_s: 0.5, max_cps: 50}
"""
SCENARIO_403 = str(Path(__file__).parent / "sipp" / "uas_answer_then_403.xml")


def sweep(campaign: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "robot.cli", "sweep", str(campaign), "--db", str(db)], cwd=REPO,
                          env=ENV, capture_output=True, text=True, timeout=120)  # fmt: skip


def campaign(folder: Path, name: str, body: str) -> Path:
    (folder / "config.yaml").write_text(CONFIG)
    path = folder / f"{name}.yaml"
    path.write_text(f"name: {name}\nconfig: config.yaml\nconcurrency: 1\n{body}")
    return path


def kinds(events: list[dict[str, Any]]) -> list[str]:
    return [e["event"] for e in events]


def test_a_busy_line_alerts_once_and_recovers_once_across_restarts(
    tmp_path: Path, webhook: WebhookReceiver, mailbox: MailReceiver, sipp_peer: Callable[..., SippPeer]
) -> None:
    port = free_udp_port()
    number = f"sip:+74951110001@127.0.0.1:{port}"  # the same canonical number (+74951110001) in every sweep
    alerts = (
        f"alerts:\n  after_failures: 2\n  webhook: '{webhook.url('/hook?token=s3cret')}'\n"
        f"  email: {{to: [ops@agency.example], smtp: '{mailbox.url}', from: robot@agency.example}}\n"
    )
    targets = f"targets:\n  - client: Acme Tiles\n    numbers: ['{number}']\n"
    db = tmp_path / "results.db"
    busy = sipp_peer("uas_busy", calls=3, sip_port=port)

    first = sweep(campaign(tmp_path, "night-1", "attempts: {max: 2, retry_after_s: 0}\n" + alerts + targets), db)
    assert first.returncode == 0, first.stdout + first.stderr
    events = webhook.drain()  # every alert is delivered before the sweep's process exits
    assert kinds(events) == ["line_down", "sweep_finished"]
    down = events[0]
    assert down["client"] == "Acme Tiles" and down["number"] == "+74951110001" and down["outcome"] == "busy"
    assert down["sip_status"] == 486 and down["consecutive_failures"] == 2 and len(down["calls"]) == 2
    assert events[1]["lines_down"] == ["+74951110001"] and events[1]["outcomes"] == {"busy": 2}
    assert [m["Subject"] for m in mailbox.drain()] == [
        "[mysterycall] line down: Acme Tiles +74951110001 (busy, 2 failed calls)",
        "[mysterycall] sweep finished: night-1: 2 calls",
    ]

    second = sweep(campaign(tmp_path, "night-2", alerts + targets), db)  # a new process: the state is in the store
    assert second.returncode == 0, second.stdout + second.stderr
    assert kinds(webhook.drain()) == ["sweep_finished"]  # still down: no second alert
    assert [event_of(m)["event"] for m in mailbox.drain()] == ["sweep_finished"]
    assert busy.wait(10).successful == 3
    busy.close()

    phone = PhoneProcess(port=port)  # the line answers again
    try:
        third = sweep(campaign(tmp_path, "night-3", alerts + targets), db)
    finally:
        phone.stop()
    assert third.returncode == 0, third.stdout + third.stderr
    events = webhook.drain()
    assert kinds(events) == ["line_recovered", "sweep_finished"]
    assert events[0]["outcome"] == "answered" and events[0]["consecutive_failures"] == 3
    assert events[1]["lines_down"] == []
    assert [event_of(m)["event"] for m in mailbox.drain()] == ["line_recovered", "sweep_finished"]
    assert "s3cret" not in first.stderr + second.stderr + third.stderr

    shown = subprocess.run([sys.executable, "-m", "robot.cli", "history", "--alerts", "--json", "--db", str(db)],
                           cwd=REPO, env=ENV, capture_output=True, text=True, timeout=60)  # fmt: skip
    sent = json.loads(shown.stdout)
    assert [a["event"] for a in sent if a["event"].startswith("line_")] == ["line_down", "line_recovered"]
    assert all(set(a["delivery"].values()) == {"sent"} and len(a["delivery"]) == 2 for a in sent), sent


def test_a_trunk_answering_403_mid_sweep_trips_the_breaker_and_blames_no_client(
    tmp_path: Path, webhook: WebhookReceiver, sipp_peer: Callable[..., SippPeer]
) -> None:
    # INVITE 1 is the canary (answered), 2 is Acme (answered), then the trunk says 403 to everything:
    # Bolt 1, Bolt 2, Cobalt trip the breaker (K = 3), the canary's re-check (INVITE 6) fails: exit 4.
    trunk = sipp_peer(SCENARIO_403, calls=6, variables={"answer_calls": 2})
    uri = trunk.uri
    body = (
        f"canary: '{uri('canary')}'\nguard: {{breaker_calls: 3}}\n"
        f"alerts: {{after_failures: 1, webhook: '{webhook.url()}'}}\n"
        "targets:\n"
        f"  - {{client: Acme, numbers: ['{uri('+74951110010')}']}}\n"
        f"  - {{client: Bolt, numbers: ['{uri('+74951110011')}', '{uri('+74951110012')}']}}\n"
        f"  - {{client: Cobalt, numbers: ['{uri('+74951110013')}']}}\n"
        f"  - {{client: Delta, numbers: ['{uri('+74951110014')}']}}\n"
    )
    db = tmp_path / "results.db"
    path = campaign(tmp_path, "trunk", body)
    run = sweep(path, db)
    assert run.returncode == 4, run.stdout + run.stderr
    assert "trunk failure: 403 on our account" in run.stdout
    events = webhook.drain()
    assert kinds(events) == ["sweep_aborted"] and events[0]["stage"] == "breaker"
    with Store(db) as store:
        counted = store.calls()
        assert [(c.client, c.outcome) for c in counted] == [("Acme", "answered")]
        trunk_failures = [c for c in store.calls(excluded=True) if c.id not in {k.id for k in counted}]
        assert [(c.client, c.outcome, c.result.sip_reason) for c in trunk_failures] == [
            ("Bolt", "failed", "trunk failure"),
            ("Bolt", "failed", "trunk failure"),
            ("Cobalt", "failed", "trunk failure"),
        ]
        assert not [a for a in store.alerts() if a["event"] == "line_down"]
        assert store.sweeps()[0].status == "aborted"
        assert store.calls_since(counted[0].ended.replace(year=2000)) == {counted[0].target: 1}
    assert trunk.wait(10).calls == 6


def test_a_failing_canary_aborts_before_any_client_is_dialled(
    tmp_path: Path, webhook: WebhookReceiver, sipp_peer: Callable[..., SippPeer]
) -> None:
    trunk = sipp_peer("uas_forbidden", calls=1)
    body = (
        f"canary: '{trunk.uri('canary')}'\nalerts: {{webhook: '{webhook.url()}'}}\n"
        f"targets:\n  - {{client: Acme, numbers: ['{trunk.uri('+74951110020')}']}}\n"
    )
    db = tmp_path / "results.db"
    run = sweep(campaign(tmp_path, "canary", body), db)
    assert run.returncode == 4, run.stdout + run.stderr
    (event,) = webhook.drain()
    assert event["event"] == "sweep_aborted" and event["stage"] == "before" and "canary" in event["reason"]
    assert "rejected 403" in event["reason"]
    with Store(db) as store:
        assert store.calls(excluded=True) == [] and store.open_attempts() == []
    assert trunk.wait(10).calls == 1


def test_an_account_that_cannot_register_aborts_before_any_client_is_dialled(
    tmp_path: Path, webhook: WebhookReceiver, sipp_peer: Callable[..., SippPeer]
) -> None:
    registrar = sipp_peer("registrar_digest", calls=1, variables={"password": "right"})
    host = registrar.uri("x").split("@", 1)[1]
    body = (
        f"alerts: {{webhook: '{webhook.url()}'}}\n"
        f"targets:\n  - {{client: Acme, numbers: ['sip:+74951110030@{host}']}}\n"
    )
    path = campaign(tmp_path, "register", body)
    (tmp_path / "config.yaml").write_text(
        CONFIG + f"sip:\n  account: {{id_uri: 'sip:robot@{host}', registrar: 'sip:{host}', register_timeout_s: 5}}\n"
    )
    db = tmp_path / "results.db"
    env = {**ENV, "MYSTERYCALL_SIP_PASSWORD": "wrong"}
    run = subprocess.run([sys.executable, "-m", "robot.cli", "sweep", str(path), "--db", str(db)], cwd=REPO,
                         env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 4, run.stdout + run.stderr
    (event,) = webhook.drain()
    assert event["event"] == "sweep_aborted" and event["stage"] == "before"
    assert "registration" in event["reason"] and "403" in event["reason"], event
    with Store(db) as store:
        assert store.calls(excluded=True) == [] and store.open_attempts() == []
